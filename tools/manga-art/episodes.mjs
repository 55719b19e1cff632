// The sample episodes' story: one source for the drawn pages and their text.
// The renderer writes both the images and the episode's index.md (alt + transcript),
// so the text version can never drift from what is drawn.
// Panels list their text in reading order; positions are fractions of the panel.

/** Who speaks, by the key the drawings know the character by. */
export const speakers = {
  hana: 'ハナ', miki: 'みき', nurse: '看護師', drTakahashi: '高橋医師', drYamada: '山田医師',
  tanaka: '田中', suzuki: '鈴木', drSasaki: '佐々木医師', clerk: '受付',
};

/**
 * The story's shape. What the script copies into index.md takes its type from the manga schema
 * (src/schemas/manga.ts), so the story cannot hold a field the schema would refuse; the fields
 * the schema defaults are required here, since the script writes every one of them.
 * @typedef {import('../../src/schemas/manga.ts').TranscriptLine} TranscriptLine
 * @typedef {keyof typeof speakers} Character
 * @typedef {{ who: Character, x: number, y: number, scale?: number, expr?: 'smile' | 'worry' | 'talk' | 'surprise', flip?: boolean }} Actor
 * @typedef {{ cap: string, x: number, y: number, max?: number }} Caption
 * @typedef {{ who: Character, say: string, x: number, y: number, max?: number, tail?: [number, number], thought?: boolean }} Speech
 * @typedef {{ box: string, lines: string[], x: number, y: number, w: number }} InfoBox
 * @typedef {{ screen: string[] }} ScreenText lines on the panel's phone or card reader; '' is a blank line
 * @typedef {Caption | Speech | InfoBox | ScreenText} PanelText
 * @typedef {{ bg?: string, h?: number, actors?: Actor[], text?: PanelText[] }} Panel bg names the scenery; h is the panel's height against its siblings (default 1)
 * @typedef {{ alt: string, panels: Panel[] }} StoryPage
 * @typedef {{ alt: string, actors: Actor[], transcript: TranscriptLine[] }} Cover
 * @typedef {import('../../src/schemas/manga.ts').MangaEntryInput} MangaEntryInput
 * @typedef {'title' | 'episode' | 'summary' | 'themes' | 'direction' | 'glossary' | 'references' | 'published'} CopiedField
 * @typedef {{ [K in CopiedField]-?: NonNullable<MangaEntryInput[K]> } & { slug: string, cover: Cover, pages: StoryPage[] }} StoryEpisode
 */

/** @type {StoryEpisode[]} */
export const episodes = [
  {
    slug: 'episode-01',
    episode: 1,
    direction: 'rtl',
    title: '退院後も、情報がつながる',
    summary: '肺炎で入院していたハナさん（78歳）が退院。入院中の検査や薬のことを、近所のかかりつけ医にうまく伝えられるか心配です。電子カルテの情報が共有されると、何が変わるのでしょう。',
    themes: ['退院後のかかりつけ医との情報共有', '高齢者'],
    glossary: ['iryo-dx', 'denshi-karte', 'denshi-karte-kyoyu', 'sanbunsho-rokujoho', 'maina-hokensho', 'online-shikaku-kakunin', 'maina-portal', 'zenkoku-platform', 'hl7-fhir'],
    published: '2026-10-01',
    cover: {
      alt: '表紙。タイトル「退院後も、情報がつながる」。病院の前で、ハナさんと娘のみきさんがほほえんでいる。サンプルの表示がある。',
      actors: [{ who: 'hana', x: 0.36, y: 0.78, scale: 1.5 }, { who: 'miki', x: 0.68, y: 0.76, scale: 1.5 }],
      transcript: [{ speaker: 'タイトル', line: '知って安心 暮らしの中の医療情報ナビ（医療DX編）第1話「退院後も、情報がつながる」' }],
    },
    pages: [
      {
        alt: '病室。ベッドのそばで看護師がハナさんに退院の話をし、娘のみきさんが付き添っている。ハナさんは少し不安そうな顔をしている。',
        panels: [
          { bg: 'hospital-room', actors: [{ who: 'nurse', x: 0.75, y: 0.8 }, { who: 'hana', x: 0.3, y: 0.85 }],
            text: [{ cap: '肺炎で2週間入院していたハナさん（78歳）。', x: 0.03, y: 0.05, max: 11 }, { who: 'nurse', say: '佐藤さん、あさって退院ですね。', x: 0.74, y: 0.22, tail: [0.72, 0.38] }] },
          { bg: 'hospital-room', actors: [{ who: 'hana', x: 0.7, y: 0.85, expr: 'worry' }, { who: 'miki', x: 0.28, y: 0.85 }],
            text: [{ who: 'hana', say: '家に帰ったら、また近所の山田先生に診てもらうのよね。', x: 0.3, y: 0.22, tail: [0.6, 0.4] }] },
          { bg: 'hospital-room', actors: [{ who: 'hana', x: 0.5, y: 0.9, expr: 'worry', scale: 1.2 }],
            text: [{ who: 'hana', say: '入院中のこと、うまく先生に伝えられるかしら……', x: 0.5, y: 0.2, tail: [0.5, 0.4], thought: true }] },
        ],
      },
      {
        alt: '診察室。眼鏡をかけた主治医の高橋医師が、ハナさんとみきさんに電子カルテの画面を見せながら説明している。',
        panels: [
          { bg: 'consult', actors: [{ who: 'miki', x: 0.72, y: 0.85, expr: 'talk' }],
            text: [{ who: 'miki', say: '薬も変わったし、検査もたくさんしました。全部メモしたほうがいいですか？', x: 0.35, y: 0.3, tail: [0.62, 0.45] }] },
          { bg: 'consult', actors: [{ who: 'drTakahashi', x: 0.7, y: 0.85, expr: 'talk' }],
            text: [{ who: 'drTakahashi', say: '大丈夫ですよ。入院中の経過をまとめた「退院時サマリー」を作ります。', x: 0.32, y: 0.28, tail: [0.58, 0.45] }] },
          { bg: 'consult', actors: [{ who: 'drTakahashi', x: 0.28, y: 0.85, expr: 'smile' }, { who: 'hana', x: 0.75, y: 0.88 }],
            text: [{ who: 'drTakahashi', say: '山田先生あての紹介状（診療情報提供書）も一緒にお送りします。', x: 0.5, y: 0.22, tail: [0.32, 0.4] }] },
        ],
      },
      {
        alt: '高橋医師の説明の場面。青い枠の中に「3文書6情報」の一覧が書かれている。',
        panels: [
          { bg: 'consult', h: 0.9, actors: [{ who: 'drTakahashi', x: 0.78, y: 0.85, expr: 'talk' }],
            text: [{ who: 'drTakahashi', say: '電子カルテの情報を、決まった形でやりとりするしくみづくりが進んでいます。', x: 0.36, y: 0.3, tail: [0.64, 0.45], max: 12 }] },
          { bg: 'plain', h: 1.3,
            text: [
              { cap: '国は「電子カルテ情報共有サービス」の導入準備を進めています。共有できる情報は「3文書6情報」です。', x: 0.03, y: 0.04, max: 25 },
              { box: '3文書6情報', lines: ['3文書：健康診断結果報告書、', '　診療情報提供書、退院時サマリー', '6情報：傷病名、感染症情報(一部のみ)、', '　薬剤禁忌情報、アレルギー情報、', '　検査情報(一部のみ)、処方情報'], x: 0.05, y: 0.34, w: 0.9 },
            ] },
        ],
      },
      {
        alt: '退院して1週間後。近所の診療所の受付で、ハナさんがマイナ保険証をカードリーダーに置いている。画面に「情報の提供に同意しますか」と表示されている。',
        panels: [
          { bg: 'reception', actors: [{ who: 'clerk', x: 0.75, y: 0.85 }, { who: 'hana', x: 0.3, y: 0.88 }],
            text: [{ cap: '退院から1週間後。近所の山田医院で。', x: 0.03, y: 0.05, max: 10 }, { who: 'clerk', say: 'マイナ保険証で受付してくださいね。', x: 0.62, y: 0.3, tail: [0.72, 0.42] }] },
          { bg: 'card-reader', h: 1.1,
            text: [{ screen: ['過去の診療情報などを', '医師と共有することに', '同意しますか？', '', '［同意する］'] }, { who: 'hana', say: '「同意する」っと。', x: 0.84, y: 0.2, max: 9 }] },
          { bg: 'reception', h: 0.9, actors: [{ who: 'hana', x: 0.75, y: 0.9 }],
            text: [{ cap: 'ほかの医療機関の情報を医師が見るには、本人の同意が必要です。同意するかどうかは、受付で本人が選べます。', x: 0.03, y: 0.06, max: 17 }] },
        ],
      },
      {
        alt: '診察室。かかりつけ医の山田医師がパソコンの画面を見ながら、ハナさんに入院中の経過を確認している。ハナさんはほっとした顔をしている。',
        panels: [
          { bg: 'consult', actors: [{ who: 'drYamada', x: 0.68, y: 0.85, expr: 'talk' }],
            text: [{ who: 'drYamada', say: '佐藤さん、病院からの紹介状と退院時サマリー、届いていますよ。', x: 0.32, y: 0.28, tail: [0.56, 0.45] }] },
          { bg: 'consult', actors: [{ who: 'drYamada', x: 0.3, y: 0.85 }, { who: 'hana', x: 0.75, y: 0.88, expr: 'surprise' }],
            text: [{ who: 'drYamada', say: '肺炎の治療、大変でしたね。新しく始まった薬もわかります。', x: 0.34, y: 0.22, tail: [0.3, 0.4] }, { who: 'hana', say: 'まあ、もう届いているの？', x: 0.76, y: 0.2, tail: [0.75, 0.42], max: 7 }] },
          { bg: 'consult', actors: [{ who: 'hana', x: 0.5, y: 0.9, scale: 1.15 }],
            text: [{ who: 'hana', say: '一から全部説明しなくていいのね。', x: 0.5, y: 0.22, tail: [0.5, 0.42] }] },
        ],
      },
      {
        alt: '山田医師がハナさんに、検査の重複や飲み合わせを確認できることを説明している。',
        panels: [
          { bg: 'consult', actors: [{ who: 'drYamada', x: 0.72, y: 0.85, expr: 'talk' }],
            text: [{ who: 'drYamada', say: '入院中の血液検査の結果もあるので、同じ検査をくり返さずにすみます。', x: 0.34, y: 0.3, tail: [0.6, 0.45] }] },
          { bg: 'consult', actors: [{ who: 'drYamada', x: 0.3, y: 0.85 }],
            text: [{ who: 'drYamada', say: '今飲んでいる薬がわかるので、飲み合わせの悪い薬を出さないよう確かめられます。', x: 0.65, y: 0.3, tail: [0.4, 0.45] }] },
          { bg: 'consult', actors: [{ who: 'drYamada', x: 0.72, y: 0.88 }, { who: 'hana', x: 0.3, y: 0.88 }],
            text: [{ who: 'drYamada', say: 'アレルギーの情報も共有されるので安心ですね。', x: 0.64, y: 0.22, tail: [0.7, 0.42] }, { who: 'hana', say: 'ありがたいわ。', x: 0.22, y: 0.2, tail: [0.3, 0.42], max: 7 }] },
        ],
      },
      {
        alt: 'その夜、ハナさんの家。離れて住む娘のみきさんとスマートフォンのビデオ通話で話している。',
        panels: [
          { bg: 'home', actors: [{ who: 'miki', x: 0.7, y: 0.85, expr: 'talk' }],
            text: [{ cap: 'その夜。', x: 0.03, y: 0.05 }, { who: 'miki', say: 'お母さん、山田先生のところ、どうだった？', x: 0.34, y: 0.32, tail: [0.6, 0.45] }] },
          { bg: 'home', actors: [{ who: 'hana', x: 0.3, y: 0.85, expr: 'talk' }],
            text: [{ who: 'hana', say: '先生が入院中のことをちゃんとわかってくれていたの。', x: 0.66, y: 0.3, tail: [0.4, 0.45] }] },
          { bg: 'home', actors: [{ who: 'miki', x: 0.72, y: 0.88 }],
            text: [{ who: 'miki', say: 'マイナポータルでは、自分の薬や健診の情報も見られるんだって。', x: 0.36, y: 0.3, tail: [0.62, 0.45] }] },
        ],
      },
      {
        alt: 'まとめのページ。情報が共有されることのメリットが三つ、箇条書きで書かれている。',
        panels: [
          { bg: 'plain',
            text: [
              { box: '情報がつながると', lines: ['1 紹介状や退院時サマリーが', '　電子的に届き、書類を持ち歩かずにすむ', '2 検査や薬の重複を減らせる', '3 飲み合わせやアレルギーを確認できる'], x: 0.04, y: 0.08, w: 0.92 },
            ] },
          { bg: 'plain', h: 0.9, actors: [{ who: 'drYamada', x: 0.8, y: 0.9, scale: 0.9 }],
            text: [{ cap: '医療機関どうしで情報を共有する土台になるのが、電子カルテです。東京都は電子カルテの導入を支援しています。', x: 0.03, y: 0.08, max: 17 }] },
        ],
      },
      {
        alt: '公園を散歩するハナさん。明るい表情。最後のコマに「おわり」と書かれている。',
        panels: [
          { bg: 'park', h: 1.4, actors: [{ who: 'hana', x: 0.4, y: 0.86, scale: 1.3 }],
            text: [{ who: 'hana', say: 'これで安心して、家で暮らせるわ。', x: 0.55, y: 0.2, tail: [0.45, 0.42] }] },
          { bg: 'plain', h: 0.6, text: [{ cap: 'おわり', x: 0.42, y: 0.3 }] },
        ],
      },
    ],
    references: [
      { title: '医療DXについて', publisher: '厚生労働省', url: 'https://www.mhlw.go.jp/stf/iryoudx.html' },
      { title: 'マイナンバーカードの健康保険証利用について', publisher: '厚生労働省', url: 'https://www.mhlw.go.jp/stf/newpage_08277.html' },
      { title: '東京都保健医療局', publisher: '東京都', url: 'https://www.hokeniryo.metro.tokyo.lg.jp/' },
    ],
  },
  {
    slug: 'episode-02',
    episode: 2,
    direction: 'rtl',
    title: '働きながら、治療を続けたい',
    summary: '手術を終えて職場に戻った田中さん（45歳）。平日の通院のたびに仕事を休むのは大変です。予約の変更やオンライン診療で、働きながら治療を続ける方法を知りました。',
    themes: ['働きながら治療を行いたい', '予約の変更が大変', '術後のオンライン診療'],
    glossary: ['iryo-dx', 'online-shinryo', 'maina-hokensho', 'denshi-karte'],
    published: '2026-10-15',
    cover: {
      alt: '表紙。タイトル「働きながら、治療を続けたい」。スーツ姿の田中さんと同僚の鈴木さんが並んでいる。サンプルの表示がある。',
      actors: [{ who: 'tanaka', x: 0.36, y: 0.78, scale: 1.5 }, { who: 'suzuki', x: 0.68, y: 0.76, scale: 1.5 }],
      transcript: [{ speaker: 'タイトル', line: '知って安心 暮らしの中の医療情報ナビ（医療DX編）第2話「働きながら、治療を続けたい」' }],
    },
    pages: [
      {
        alt: '会社のオフィス。田中さんがパソコンの前で予定表を見て、困った顔をしている。',
        panels: [
          { bg: 'office', actors: [{ who: 'tanaka', x: 0.35, y: 0.85 }],
            text: [{ cap: '会社員の田中さん（45歳）。先月、胆のうの手術を受けて退院し、仕事に戻ったばかり。', x: 0.03, y: 0.05, max: 20 }] },
          { bg: 'office', actors: [{ who: 'tanaka', x: 0.7, y: 0.85, expr: 'worry' }],
            text: [{ who: 'tanaka', say: '次の通院は木曜の午前か……。大事な会議と重なってしまった。', x: 0.32, y: 0.3, tail: [0.6, 0.45] }] },
          { bg: 'office', actors: [{ who: 'tanaka', x: 0.5, y: 0.9, expr: 'worry', scale: 1.15 }],
            text: [{ who: 'tanaka', say: '病院に電話しようにも、受付時間は会議中だし……', x: 0.5, y: 0.2, tail: [0.5, 0.4], thought: true }] },
        ],
      },
      {
        alt: '同僚の鈴木さんが田中さんに、スマートフォンで予約を変更できることを教えている。スマートフォンの画面に予約変更の完了が表示されている。',
        panels: [
          { bg: 'office', actors: [{ who: 'suzuki', x: 0.72, y: 0.85, expr: 'talk' }, { who: 'tanaka', x: 0.28, y: 0.85 }],
            text: [{ who: 'suzuki', say: '田中さんの病院、スマホで予約を変えられませんでしたっけ？', x: 0.62, y: 0.25, tail: [0.7, 0.42] }] },
          { bg: 'phone', h: 1.2,
            text: [{ screen: ['予約の変更', '', '11月14日（金）', '18:30', '', '変更を受け付けました'] }, { who: 'tanaka', say: '夜の時間に変更できた！', x: 0.16, y: 0.2, max: 5 }] },
          { bg: 'office', h: 0.8,
            text: [{ cap: 'スマートフォンやウェブでの予約・予約変更は、対応している医療機関で使えます。', x: 0.03, y: 0.1, max: 24 }] },
        ],
      },
      {
        alt: '病院の診察室。外科の佐々木医師が田中さんに、次回からオンライン診療にできると説明している。',
        panels: [
          { bg: 'consult', actors: [{ who: 'drSasaki', x: 0.7, y: 0.85, expr: 'talk' }],
            text: [{ cap: '予約した日の夜。病院で。', x: 0.03, y: 0.05 }, { who: 'drSasaki', say: '傷の経過は順調ですね。', x: 0.34, y: 0.35, tail: [0.58, 0.45] }] },
          { bg: 'consult', actors: [{ who: 'drSasaki', x: 0.28, y: 0.85, expr: 'talk' }],
            text: [{ who: 'drSasaki', say: 'この調子なら、次回はオンライン診療にしましょうか。', x: 0.66, y: 0.3, tail: [0.4, 0.45] }] },
          { bg: 'consult', actors: [{ who: 'tanaka', x: 0.72, y: 0.88, expr: 'surprise' }],
            text: [{ who: 'tanaka', say: '家からスマホで診てもらえるんですか？', x: 0.34, y: 0.28, tail: [0.62, 0.45] }] },
        ],
      },
      {
        alt: '佐々木医師がオンライン診療の注意点を説明している。',
        panels: [
          { bg: 'consult', actors: [{ who: 'drSasaki', x: 0.7, y: 0.85, expr: 'talk' }],
            text: [{ who: 'drSasaki', say: 'はい。ビデオ通話で、顔を見ながらお話しします。', x: 0.32, y: 0.3, tail: [0.58, 0.45] }] },
          { bg: 'consult', actors: [{ who: 'drSasaki', x: 0.3, y: 0.85 }],
            text: [{ who: 'drSasaki', say: 'ただし、診察の内容によっては病院に来ていただくこともあります。', x: 0.66, y: 0.3, tail: [0.42, 0.45] }] },
          { bg: 'plain', h: 0.9,
            text: [{ cap: 'オンライン診療で受診できるかどうかは、医師が症状や病状を見て判断します。', x: 0.03, y: 0.12, max: 22 }] },
        ],
      },
      {
        alt: '2週間後の夜。自宅で田中さんがスマートフォンのビデオ通話で、佐々木医師の診察を受けている。',
        panels: [
          { bg: 'home', actors: [{ who: 'tanaka', x: 0.3, y: 0.85 }],
            text: [{ cap: '2週間後の夜。自宅で。', x: 0.03, y: 0.05 }, { who: 'tanaka', say: '時間どおりにつながった。', x: 0.66, y: 0.35, tail: [0.4, 0.45] }] },
          { bg: 'phone', h: 1.1, actors: [{ who: 'drSasaki', x: 0.5, y: 0.78, scale: 0.85 }],
            text: [{ who: 'drSasaki', say: '傷のあたりをカメラで見せてください。', x: 0.2, y: 0.2, max: 6, tail: [0.32, 0.3] }] },
          { bg: 'home', actors: [{ who: 'tanaka', x: 0.7, y: 0.88 }],
            text: [{ who: 'tanaka', say: 'こうですか？', x: 0.35, y: 0.3, tail: [0.6, 0.45] }, { who: 'drSasaki', say: '順調ですね。', x: 0.25, y: 0.65 }] },
        ],
      },
      {
        alt: 'ビデオ通話の画面の佐々木医師が、すぐに受診すべき症状を伝えている。',
        panels: [
          { bg: 'phone', h: 1.2, actors: [{ who: 'drSasaki', x: 0.5, y: 0.78, scale: 0.85 }],
            text: [{ who: 'drSasaki', say: '熱が出たり、傷が赤くはれたりしたら、', x: 0.17, y: 0.25, max: 6, tail: [0.32, 0.35] }, { who: 'drSasaki', say: 'オンラインを待たずに、すぐ病院に連絡してくださいね。', x: 0.84, y: 0.3, max: 6, tail: [0.68, 0.4] }] },
          { bg: 'home', actors: [{ who: 'tanaka', x: 0.3, y: 0.88, expr: 'talk' }],
            text: [{ who: 'tanaka', say: 'わかりました。ありがとうございました。', x: 0.66, y: 0.3, tail: [0.42, 0.45] }] },
        ],
      },
      {
        alt: '翌日の職場。田中さんが鈴木さんに、仕事を休まずに受診できたことを話している。',
        panels: [
          { bg: 'office', actors: [{ who: 'tanaka', x: 0.3, y: 0.85, expr: 'talk' }],
            text: [{ cap: '次の日。', x: 0.03, y: 0.05 }, { who: 'tanaka', say: '移動も待ち時間もなくて、仕事を休まずにすんだよ。', x: 0.66, y: 0.32, tail: [0.42, 0.45] }] },
          { bg: 'office', actors: [{ who: 'suzuki', x: 0.72, y: 0.85, expr: 'talk' }],
            text: [{ who: 'suzuki', say: '通院の負担が減ると、治療も続けやすいですね。', x: 0.34, y: 0.3, tail: [0.6, 0.45] }] },
          { bg: 'office', actors: [{ who: 'tanaka', x: 0.28, y: 0.88 }, { who: 'suzuki', x: 0.72, y: 0.88 }],
            text: [{ who: 'tanaka', say: '困ったら相談できる先生がいるのも心強いな。', x: 0.5, y: 0.2, tail: [0.3, 0.4] }] },
        ],
      },
      {
        alt: 'まとめのページ。働きながら治療を続けるためのポイントが箇条書きで書かれている。最後に「おわり」とある。',
        panels: [
          { bg: 'plain', h: 1.5,
            text: [
              { box: '働きながら治療を続けるために', lines: ['1 予約や予約の変更をスマホで', '　（対応している医療機関で）', '2 医師が判断すれば、自宅などから', '　オンライン診療で受診できる', '3 移動や待ち時間の負担が減る', '4 具合が悪いときは、すぐに病院へ'], x: 0.04, y: 0.06, w: 0.92 },
            ] },
          { bg: 'plain', h: 0.5, text: [{ cap: 'おわり', x: 0.42, y: 0.25 }] },
        ],
      },
    ],
    references: [
      { title: 'オンライン診療に関するホームページ', publisher: '厚生労働省', url: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/iryou/rinsyo/index_00010.html' },
      { title: '医療DXについて', publisher: '厚生労働省', url: 'https://www.mhlw.go.jp/stf/iryoudx.html' },
      { title: '東京都保健医療局', publisher: '東京都', url: 'https://www.hokeniryo.metro.tokyo.lg.jp/' },
    ],
  },
];
