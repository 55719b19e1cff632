import { z } from 'astro/zod';

/** The `image()` helper Astro passes to schema functions; tests pass a stand-in. */
export type ImageSchema<I extends z.ZodType = z.ZodType> = () => I;

/** Marks an entry whose facts are not from the official plan; the site labels it サンプル. */
export const sample = z.boolean().default(false);

/** ASCII slug used in URLs and as the CMS folder name. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * YAML turns an unquoted ISO timestamp into a Date and Decap writes it unquoted, so an
 * instant is accepted either way; strings must carry an explicit offset so the time is unambiguous.
 */
export const instant = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? 'missing-offset' : value),
  z.coerce.date({ error: '日時は 2026-07-09T19:00:00+09:00 の形式で、+09:00 まで書いてください' }),
);

export const httpsUrl = z
  .string()
  .url({ error: 'URL は https:// から始まる形で書いてください' })
  .refine((value) => value.startsWith('https://') || value.startsWith('http://'), 'URL は http(s):// で始めてください');

export const reference = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: httpsUrl,
});
