/**
 * Japanese wording for the zod issues a schema does not word itself (a missing field, a text
 * too long, a choice outside the list…). The one source of these messages: the CMS passes it
 * to the schema check it runs before saving (cms/admin/validate.ts) and the build's content
 * check words its issues with it (src/content.config.ts), so an editor reads the same sentence
 * in both places. A message written in a schema (`min(1, 'タイトル（title）を入力してください')`)
 * always wins over these, on both sides.
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodRawIssue;

const unit = (origin: unknown) => (origin === 'string' ? '文字' : origin === 'array' || origin === 'set' ? '件' : '');

/** A zod error callback (`schema.safeParse(data, { error: japaneseIssueMessage })`). */
export function japaneseIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return '必須です。入力してください';
      if (issue.expected === 'number') return '数字で入力してください';
      if (issue.expected === 'date') return '日時を読み取れません。2026-07-09T19:00:00+09:00 の形で入力してください';
      if (issue.expected === 'array') return '一覧の形で入力してください';
      return '入力の形式が正しくありません';
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum <= 1 ? '必須です。入力してください' : `${minimum}文字以上で入力してください`;
      if (issue.origin === 'array') return `${minimum}件以上追加してください`;
      return `${issue.inclusive === false ? `${minimum}より大きい` : `${minimum}以上の`}数を入力してください`;
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      const length = typeof issue.input === 'string' || Array.isArray(issue.input) ? issue.input.length : undefined;
      const now = length === undefined ? '' : `（いま${length}${unit(issue.origin)}）`;
      if (issue.origin === 'string') return `${maximum}文字以内にしてください${now}`;
      if (issue.origin === 'array') return `${maximum}件以内にしてください${now}`;
      return `${maximum}${issue.inclusive === false ? '未満' : '以下'}の数を入力してください`;
    }
    case 'invalid_format':
      if (issue.format === 'url') return 'URL は https:// から始まる形で入力してください';
      return '入力の形式が正しくありません';
    case 'invalid_value':
      return '選択肢の中から選んでください';
    case 'not_multiple_of':
      return `${String(issue.divisor)}の倍数を入力してください`;
    case 'unrecognized_keys':
      return `使えない項目があります：${issue.keys.join('、')}`;
    default:
      return '入力内容を確認してください';
  }
}

/**
 * The English messages that come worded from Astro itself rather than from zod, in Japanese
 * (today: astro:assets' image() when the file is missing). Anything else is returned as it is.
 */
export function japaneseKnownMessage(message: string): string {
  const missingImage = /^Image (.+) does not exist\. Is the path correct\?$/.exec(message);
  if (missingImage) return `画像 ${missingImage[1]} が見つかりません。ファイル名と、画像が記事と同じフォルダにあるかを確かめてください`;
  return message;
}

/**
 * A file an entry names in `field` that is not in the entry's folder (captions, MP4, transcript):
 * the one wording for the content loader and the pages that read those files.
 */
export function missingBesideFileMessage(entryFile: string, field: string, name: string): string {
  return `${entryFile}: ${field}: ファイル「${name}」が同じフォルダに見つかりません（記事の index.md と同じフォルダに置いてください）`;
}

/** An image an entry's field names that is not where the field says (a relative path from the entry). */
export function missingImageMessage(entryFile: string, field: string, src: string): string {
  return `${entryFile}: ${field}: 画像 ${src} が見つかりません（置き場所と名前を確かめてください。画像は記事の index.md からの相対パスで書きます）`;
}
