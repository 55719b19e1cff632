/** Wording used by several collections, so the same field reads the same everywhere. */
import type { FieldWording } from '../types';

export const sampleWording: FieldWording = {
  label: 'サンプル（架空の内容）',
  hint: '計画書にない日程・会場・物語などを含む場合はオンにします。サイトに「サンプル」と表示されます。',
};

export const referenceWordings = (prefix: string): Record<string, FieldWording> => ({
  [prefix]: { label: '参考資料', hint: '出典となる公的資料。', itemLabel: '資料', summary: '{{fields.title}}' },
  [`${prefix}.title`]: { label: '資料名', hint: '例：東京都医療DX推進計画' },
  [`${prefix}.publisher`]: { label: '発行元', hint: '例：東京都保健医療局' },
  [`${prefix}.url`]: { label: '資料のURL', hint: 'https:// から始まるURL' },
});

/**
 * `translations` (src/schemas/shared.ts) is edited through Decap's language panes, not as a form
 * field: the wording names it for the agreement test and the editor guide.
 */
export const translationsWording: FieldWording = {
  label: '翻訳（やさしい日本語・English など）',
  hint: '画面上部の言語の切り替えで、各言語の欄に入力します。空欄の言語は、サイトで日本語のまま表示されます。',
};
