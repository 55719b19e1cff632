/**
 * The build checks content with each schema wrapped by inJapanese (src/content.config.ts), so
 * Astro's own English error map (passed per parse, it beats zod's global config) never words an
 * issue: a missing field reads 「必須です」, not 「Required」, and the report names file and field.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
// Astro's error map, exactly as Astro passes it to every content parse (astro/dist/content/utils.js).
import { errorMap as astroErrorMap } from '../../node_modules/astro/dist/core/errors/zod-error-map.js';
import { fieldPath, inJapanese, japaneseContentError } from '../../src/integrations/japanese-schema';
import { glossarySchema } from '../../src/schemas/glossary';
import { japaneseKnownMessage } from '../../src/schemas/messages';

const withAstroMap = { error: (issue: z.core.$ZodRawIssue) => (astroErrorMap as (issue: unknown) => { message: string })(issue).message };
const entry = { term: '説明のない用語', reading: 'せつめいのないようご' };

describe('collection schemas in the build speak Japanese', () => {
  it('without the wrapper, Astro’s map says “Required” for a missing field (the defect)', async () => {
    const result = await glossarySchema.safeParseAsync(entry, withAstroMap);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['**definition**: Required']);
  });
  it('wrapped, the same parse says it in Japanese at the same path', async () => {
    const result = await inJapanese(glossarySchema).safeParseAsync(entry, withAstroMap);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['definition', '必須です。入力してください']]);
  });
  it('keeps the schema’s own messages and its output (what getCollection returns)', async () => {
    const bad = await inJapanese(glossarySchema).safeParseAsync({ ...entry, definition: 'x', reading: '漢字' }, withAstroMap);
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual(['よみ（reading）はひらがなで入力してください']);
    const good = await inJapanese(glossarySchema).safeParseAsync({ ...entry, definition: ' 説明 ' }, withAstroMap);
    expect(good.data).toEqual(await glossarySchema.parseAsync({ ...entry, definition: ' 説明 ' }));
  });
  it('rewrites Astro’s English report as 「file: field: message」 lines', () => {
    const astro = Object.assign(new Error('**manga → x** data does not match collection schema.\n\n  **pages.10.image**: 必須です。入力してください\n'), { name: 'InvalidContentEntryDataError' });
    const reworded = japaneseContentError(astro, 'src/content/manga/x/index.md') as Error;
    expect(reworded.message).toBe('コンテンツに問題があります（1件）:\n  - src/content/manga/x/index.md: pages[10].image: 必須です。入力してください');
    const other = new Error('something else');
    expect(japaneseContentError(other, 'f')).toBe(other);
    expect(fieldPath('registration.alternatives.0.value')).toBe('registration.alternatives[0].value');
  });
  it('words Astro’s missing-image message in Japanese', () => {
    expect(japaneseKnownMessage('Image ./page-09.png does not exist. Is the path correct?')).toBe('画像 ./page-09.png が見つかりません。ファイル名と、画像が記事と同じフォルダにあるかを確かめてください');
  });
});
