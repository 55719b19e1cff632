/**
 * The success criteria of JIS X 8341-3:2016 (identical to WCAG 2.0) at levels A and AA, with
 * the project's automated checks that bear on each one. An automated check can only ever show
 * a problem or the absence of the problems it looks for; whether a criterion is met also needs
 * the manual checks (src/lib/site/accessibility-manual-checks.ts), unless `automatedSufficient` says
 * the automated checks decide it entirely.
 */

/** What the browser tests record (tests/support/accessibility-reporter.ts reads `meta.accessibility`). */
export const automatedChecks = ['axe', 'reflow', 'keyboard', 'no-js'] as const;
export type AutomatedCheck = (typeof automatedChecks)[number];

export const automatedCheckLabels: Record<AutomatedCheck, string> = {
  axe: 'axe-core による自動検査（WCAG 2.1 A・AA の規則）',
  reflow: '幅320px・200%拡大で横スクロールが出ないことの確認',
  keyboard: 'キーボードだけでの操作（スキップリンク、メニュー、検索）',
  'no-js': 'JavaScript を無効にした状態での閲覧・移動',
};

export interface Criterion {
  /** 1.4.3 */
  id: string;
  level: 'A' | 'AA';
  name: string;
  /** Checks whose failure shows a problem with this criterion. */
  automated: readonly AutomatedCheck[];
  /** The automated checks decide the criterion on their own (no manual check needed). */
  automatedSufficient?: boolean;
  /** Why the criterion does not apply to this site; absent when it applies. */
  notApplicable?: string;
}

export const criteria: readonly Criterion[] = [
  { id: '1.1.1', level: 'A', name: '非テキストコンテンツ', automated: ['axe'] },
  { id: '1.2.1', level: 'A', name: '音声のみ及び映像のみ（収録済）', automated: [] },
  { id: '1.2.2', level: 'A', name: 'キャプション（収録済）', automated: ['axe'] },
  { id: '1.2.3', level: 'A', name: '音声解説、又はメディアに対する代替（収録済）', automated: [] },
  { id: '1.2.4', level: 'AA', name: 'キャプション（ライブ）', automated: [], notApplicable: 'ライブ配信を行っていないため。' },
  { id: '1.2.5', level: 'AA', name: '音声解説（収録済）', automated: [] },
  { id: '1.3.1', level: 'A', name: '情報及び関係性', automated: ['axe'] },
  { id: '1.3.2', level: 'A', name: '意味のある順序', automated: [] },
  { id: '1.3.3', level: 'A', name: '感覚的な特徴', automated: [] },
  { id: '1.4.1', level: 'A', name: '色の使用', automated: ['axe'] },
  { id: '1.4.2', level: 'A', name: '音声の制御', automated: ['axe'] },
  { id: '1.4.3', level: 'AA', name: 'コントラスト（最低限レベル）', automated: ['axe'] },
  { id: '1.4.4', level: 'AA', name: 'テキストのサイズ変更', automated: ['axe', 'reflow'] },
  { id: '1.4.5', level: 'AA', name: '文字画像', automated: [] },
  { id: '2.1.1', level: 'A', name: 'キーボード', automated: ['axe', 'keyboard'] },
  { id: '2.1.2', level: 'A', name: 'キーボードトラップなし', automated: ['keyboard'] },
  { id: '2.2.1', level: 'A', name: 'タイミング調整可能', automated: ['axe'] },
  { id: '2.2.2', level: 'A', name: '一時停止、停止及び非表示', automated: ['axe'] },
  { id: '2.3.1', level: 'A', name: '3回の閃光、又は閾値以下', automated: [] },
  { id: '2.4.1', level: 'A', name: 'ブロックスキップ', automated: ['axe', 'keyboard'] },
  { id: '2.4.2', level: 'A', name: 'ページタイトル', automated: ['axe'] },
  { id: '2.4.3', level: 'A', name: 'フォーカス順序', automated: ['keyboard'] },
  { id: '2.4.4', level: 'A', name: 'リンクの目的（コンテキスト内）', automated: ['axe'] },
  { id: '2.4.5', level: 'AA', name: '複数の手段', automated: [] },
  { id: '2.4.6', level: 'AA', name: '見出し及びラベル', automated: [] },
  { id: '2.4.7', level: 'AA', name: 'フォーカスの可視化', automated: ['keyboard'] },
  { id: '3.1.1', level: 'A', name: 'ページの言語', automated: ['axe'], automatedSufficient: true },
  { id: '3.1.2', level: 'AA', name: '一部分の言語', automated: ['axe'] },
  { id: '3.2.1', level: 'A', name: 'フォーカス時', automated: [] },
  { id: '3.2.2', level: 'A', name: '入力時', automated: [] },
  { id: '3.2.3', level: 'AA', name: '一貫したナビゲーション', automated: [] },
  { id: '3.2.4', level: 'AA', name: '一貫した識別性', automated: [] },
  { id: '3.3.1', level: 'A', name: 'エラーの特定', automated: [] },
  { id: '3.3.2', level: 'A', name: 'ラベル又は説明', automated: ['axe'] },
  { id: '3.3.3', level: 'AA', name: 'エラー修正の提案', automated: [] },
  { id: '3.3.4', level: 'AA', name: 'エラー回避（法的、金融及びデータ）', automated: [], notApplicable: '法的な契約、金融取引、個人データの送信を行うページがないため。' },
  { id: '4.1.1', level: 'A', name: '構文解析', automated: ['axe'] },
  { id: '4.1.2', level: 'A', name: '名前（name）、役割（role）及び値（value）', automated: ['axe'] },
];

/** axe-core tags a rule with `wcag143` for criterion 1.4.3. */
export const axeTagOf = (criterionId: string) => `wcag${criterionId.replaceAll('.', '')}`;
