/**
 * The manual checks the report needs besides the automated tests, per the WAIC 試験実施
 * ガイドライン. Maintained by hand: when a person has carried one out, set `result`, `date`
 * (YYYY-MM-DD) and `by`. Until then it stays 未実施, and no criterion that needs it is shown
 * as 適合 (src/lib/site/accessibility-report.ts).
 */
export type ManualResult = 'not-done' | 'pass' | 'fail';

export interface ManualCheck {
  /** The criteria this check decides (with the automated checks). */
  criteria: readonly string[];
  /** What a person verifies, in the report's words. */
  check: string;
  result: ManualResult;
  date?: string;
  by?: string;
  note?: string;
}

export const manualChecks: readonly ManualCheck[] = [
  { criteria: ['1.1.1'], check: 'マンガの各ページ・図・グラフの代替テキストと書き起こしが、画像の内容を伝えているか', result: 'not-done' },
  { criteria: ['1.2.1', '1.2.2', '1.2.3', '1.2.5'], check: '公開中の動画に正確な字幕があり、映像だけで伝わる内容が音声解説又は説明文で補われているか', result: 'not-done' },
  { criteria: ['1.3.1', '1.3.2', '2.4.6'], check: 'スクリーンリーダー（NVDA、VoiceOver）で、見出し・表・リストの構造と読み上げ順が見た目と一致するか', result: 'not-done' },
  { criteria: ['1.3.3', '1.4.1'], check: '色や形、位置だけで伝えている情報がないか（受付状況、グラフ、必須項目など）', result: 'not-done' },
  { criteria: ['1.4.2', '2.2.1', '2.2.2', '2.3.1'], check: '自動で再生・移動・点滅するものや時間制限がないか', result: 'not-done' },
  { criteria: ['1.4.3'], check: '画像の中の文字、フォーカス時・ホバー時の状態のコントラスト（自動検査の対象外の部分）', result: 'not-done' },
  { criteria: ['1.4.4', '1.4.5'], check: 'ブラウザの文字サイズ設定200%で、文字の欠けや重なりがないか。文字画像を使っていないか（マンガを除く）', result: 'not-done' },
  { criteria: ['2.1.1', '2.1.2', '2.4.3', '2.4.7', '3.2.1'], check: 'すべてのページの操作（マンガのページ送り、地図、絞り込み、CMS以外の全機能）がキーボードだけでできるか', result: 'not-done' },
  { criteria: ['2.4.1', '2.4.2', '2.4.4', '2.4.5', '3.2.3', '3.2.4'], check: 'ページタイトル、リンクの文言、メニューとサイトマップ・検索の一貫性', result: 'not-done' },
  { criteria: ['3.1.2'], check: '英語など日本語以外の語句に言語が指定されているか', result: 'not-done' },
  { criteria: ['3.2.2', '3.3.1', '3.3.2', '3.3.3'], check: '検索、絞り込み、リース補助の確認などの入力で、予期しない変化がなく、誤りが文字で示され修正方法がわかるか', result: 'not-done' },
  { criteria: ['4.1.1', '4.1.2'], check: 'HTML の検証（Nu Html Checker）と、独自部品の名前・役割・状態の読み上げ', result: 'not-done' },
];
