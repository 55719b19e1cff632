/**
 * What /cybersecurity/ shows: the checklists the plan names, a self-check of the points the
 * plan asks institutions to confirm (ネットワークの脆弱性、アカウント・パスワード管理、ウイルス対策、
 * オフラインバックアップ), the first hour after an attack, and whom to call.
 */

export interface ExternalLink {
  readonly text: string;
  readonly href: string;
  /** Said beside the link when it leads to a publisher's top page rather than the document. */
  readonly note?: string;
}

/** The two checklists of the plan. Where the document's own address may move, the publisher's top page. */
export const checklists: readonly { readonly title: string; readonly description: string; readonly link: ExternalLink }[] = [
  {
    title: '医療機関におけるサイバーセキュリティ対策チェックリスト（厚生労働省）',
    description: '厚生労働省が年度ごとに公表するチェックリストです。「医療機関確認用」と、契約している事業者に確認してもらう「事業者確認用」があります。',
    link: {
      text: '厚生労働省のウェブサイト（トップページ・外部サイト）',
      href: 'https://www.mhlw.go.jp/',
      note: 'リンク先はトップページです。サイト内検索で「サイバーセキュリティ対策チェックリスト」と入力すると、最新の年度版が見つかります。',
    },
  },
  {
    title: '立入検査の際に使用するチェックリスト',
    description: '医療法に基づく立入検査では、サイバーセキュリティ対策の実施状況もチェックリストで確認されます。',
    link: {
      text: '東京都保健医療局のウェブサイト（トップページ・外部サイト）',
      href: 'https://www.hokeniryo.metro.tokyo.lg.jp/',
      note: 'リンク先はトップページです。立入検査の案内は、同局のサイトで「立入検査」と検索してください。',
    },
  },
];

export interface SelfCheckItem {
  /** Stable key in the browser's storage: never rename an id, or saved ticks are lost. */
  readonly id: string;
  readonly text: string;
}
export interface SelfCheckGroup {
  readonly id: string;
  readonly title: string;
  readonly items: readonly SelfCheckItem[];
}

export const selfCheckGroups: readonly SelfCheckGroup[] = [
  {
    id: 'network',
    title: 'ネットワークの脆弱性',
    items: [
      { id: 'network-devices-updated', text: 'VPN装置やルーターなど、外部とつながる機器のソフトウェアを最新の状態にしている' },
      { id: 'network-remote-maintenance', text: 'リモートメンテナンス（保守）で使う接続口を事業者と確認し、使っていないものは閉じている' },
      { id: 'network-ledger', text: 'サーバー、端末パソコン、ネットワーク機器の一覧（台帳）がある' },
    ],
  },
  {
    id: 'account',
    title: 'アカウント・パスワード管理',
    items: [
      { id: 'account-unused-removed', text: '退職した職員など、使っていないアカウントを停止・削除している' },
      { id: 'account-strong-password', text: '推測されにくいパスワードを使い、他のシステムと使い回していない' },
      { id: 'account-admin-limited', text: '管理者の権限は、必要な人だけに限っている' },
    ],
  },
  {
    id: 'virus',
    title: 'ウイルス対策',
    items: [
      { id: 'virus-software', text: 'サーバーと端末パソコンにウイルス対策ソフトを入れ、常に最新の状態にしている' },
      { id: 'virus-mail', text: '不審なメールの添付ファイルやリンクを開かないよう、職員に周知している' },
    ],
  },
  {
    id: 'backup',
    title: 'オフラインバックアップ',
    items: [
      { id: 'backup-offline', text: '電子カルテなど重要なデータのバックアップを、ネットワークから切り離して保管している' },
      { id: 'backup-restore-tested', text: 'バックアップからデータを戻す手順を、実際に試したことがある' },
    ],
  },
  {
    id: 'readiness',
    title: '攻撃を受けたときの備え',
    items: [
      { id: 'readiness-manager', text: '医療情報システムの安全管理の責任者を決めている' },
      { id: 'readiness-contacts', text: '事業者・警察・東京都の連絡先を一覧にし、紙でも保管している' },
      { id: 'readiness-paper', text: '電子カルテが使えないときに紙で診療を続ける手順を決めている' },
    ],
  },
];

/** localStorage key of the self-check; versioned so a changed list never misreads old ticks. */
export const selfCheckStorageKey = 'iryo-dx-tokyo:cyber-self-check:v1';

/** Reads saved ticks, keeping only ids that still exist (a stale or tampered value is ignored). */
export function readSavedTicks(saved: string | null, groups: readonly SelfCheckGroup[] = selfCheckGroups): Set<string> {
  const known = new Set(groups.flatMap((group) => group.items.map((item) => item.id)));
  if (!saved) return new Set();
  try {
    const parsed: unknown = JSON.parse(saved);
    if (!Array.isArray(parsed)) return new Set();
    return new Set(parsed.filter((id): id is string => typeof id === 'string' && known.has(id)));
  } catch {
    return new Set();
  }
}

/** The first hour after a ransomware or other attack, in order. */
export const firstHourSteps: readonly { readonly title: string; readonly text: string }[] = [
  { title: 'ネットワークから切り離す', text: '感染したおそれのあるパソコンやサーバーのLANケーブルを抜き、無線LANを切ります。電源は切らずに、そのままにしてください（記録が消えないようにするためです）。' },
  { title: '記録する', text: '画面に出たメッセージを写真に撮り、いつ・どの機器で・何が起きたかをメモします。' },
  { title: '院内の責任者に報告する', text: '院長や安全管理の責任者に報告し、対応する人を決めます。身代金の要求には応じず、犯人に連絡しないでください。' },
  { title: '事業者に連絡する', text: '電子カルテやネットワークの保守事業者に連絡し、被害の範囲の確認と復旧の相談をします。' },
  { title: '警察と東京都に連絡する', text: '警察（サイバー犯罪相談窓口）に通報・相談し、東京都にも連絡します。患者の個人情報が漏れたおそれがある場合は、個人情報保護委員会への報告も必要です。' },
  { title: '診療を続ける手順に切り替える', text: '紙のカルテなど、電子カルテが使えないときの手順に切り替え、患者さんへの案内を準備します。' },
];

export interface Contact {
  readonly name: string;
  readonly text: string;
  readonly phone?: string;
  readonly link?: ExternalLink;
  /** Not from an official source: the page labels it サンプル. */
  readonly sample?: boolean;
}

export const whomToCall: readonly Contact[] = [
  { name: '緊急の場合（脅迫・犯行予告など）', text: '110番に通報してください。', phone: '110' },
  {
    name: '警察のサイバー犯罪相談窓口',
    text: '警視庁を含む都道府県警察の相談窓口の一覧が、警察庁のウェブサイトにあります。',
    link: { text: '都道府県警察本部のサイバー犯罪相談窓口（警察庁・外部サイト）', href: 'https://www.npa.go.jp/cyber/soudan.html' },
  },
  {
    name: '東京都保健医療局（医療機関のサイバーセキュリティ対策）',
    text: '被害の報告と、東京都の支援についての相談を受け付けます。',
    phone: '03-0000-0000',
    sample: true,
  },
  { name: '契約している保守事業者', text: '電子カルテやネットワークの保守事業者の連絡先を、あらかじめこの一覧に書き足しておきましょう。' },
  {
    name: '個人情報保護委員会',
    text: '患者の個人情報が漏れたおそれがある場合に報告します。',
    link: { text: '個人情報保護委員会のウェブサイト（トップページ・外部サイト）', href: 'https://www.ppc.go.jp/' },
  },
];
