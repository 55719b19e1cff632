/**
 * URL名 (the entry's folder name) rules the CMS enforces before saving, so no entry can vanish:
 * Decap would write a new entry whose folder exists as `<slug>/index-1.md` (which the site never
 * reads), fail with an English developer error on an empty one, and on an existing entry write
 * a changed URL名 into the file while the folder and the URL stay as they were.
 */
import { slugPattern } from '../../src/schemas/shared';

export interface SlugCheck {
  newRecord: boolean;
  /** The entry's folder name (existing entries). */
  currentSlug?: string | undefined;
  /** What the URL名 field holds. */
  typedSlug?: string | undefined;
  /** Whether `src/content/<collection>/<slug>/index.md` already exists in the repository. */
  exists: (slug: string) => Promise<boolean>;
  /** Whether an unpublished draft (editorial workflow) already holds this URL名. */
  inDraft?: ((slug: string) => Promise<boolean>) | undefined;
}

export const SLUG_LABEL = 'URL名';

export async function slugProblems({ newRecord, currentSlug, typedSlug, exists, inDraft }: SlugCheck): Promise<string[]> {
  const typed = typedSlug?.trim() ?? '';
  if (!newRecord) {
    if (typed && typed !== currentSlug) {
      return [
        `URL名は作成した後には変更できません（いまのURL名：${currentSlug}）。URLを変えるときは、新しいURL名でエントリを新規作成して内容を移し、古いエントリを削除してください。URL名の欄は空欄に戻すと保存できます。`,
      ];
    }
    return [];
  }
  if (!typed) return ['URL名を入力してください。半角英小文字・数字とハイフンで、ページのURLの一部になります（例：outreach-pediatrics-2）。'];
  if (!slugPattern.test(typed)) return ['URL名は半角英小文字・数字とハイフンで入力してください（例：outreach-pediatrics-2）。'];
  if (await exists(typed)) return [`URL名「${typed}」はすでに使われています。別のURL名を入力してください（例：${typed}-2）。`];
  if (await inDraft?.(typed)) return [`URL名「${typed}」は、まだ公開されていない下書きで使われています。別のURL名を入力するか、ワークフローの画面でその下書きを開いてください（例：${typed}-2）。`];
  return [];
}

/** Decap's slug of an entry at `{{slug}}/index` reads `<folder>/index` for some backends (an editorial-workflow draft); the folder is the URL名. */
export const urlNameOf = (entrySlug: string) => entrySlug.replace(/\/index$/, '');
