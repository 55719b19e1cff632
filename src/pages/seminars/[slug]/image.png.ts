/**
 * /seminars/<slug>/image.png: the session's own 1,920 px image for its Event/Course JSON-LD.
 * Rendered from SVG by sharp (≈30 ms each, plain PNG: palette quantisation costs 3×) and
 * cached by content hash next to Astro's own image cache, so a rebuild re-renders only
 * sessions whose title, date or status changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import sharp from 'sharp';
import { formatDateTimeRangeWithEra, formatDateWithEra } from '../../../lib/dates';
import { sessionImageSvg } from '../../../lib/seminar-image';
import { siteName } from '../../../lib/site';
import { seminarUi } from '../../../lib/ui-strings';

// Beside Astro's own image cache (astro.config.mjs `cacheDir`), which CI keeps between runs.
const cacheDir = path.join(process.cwd(), '.cache/astro/seminar-images');

export const getStaticPaths = (async () =>
  (await getCollection('seminars')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

async function render(svg: string): Promise<Buffer> {
  const file = path.join(cacheDir, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, png);
    return png;
  }
}

export const GET: APIRoute<{ entry: CollectionEntry<'seminars'> }> = async ({ props }) => {
  const { data } = props.entry;
  const when = data.start
    ? formatDateTimeRangeWithEra(data.start, data.end)
    : data.availableFrom && data.availableUntil
      ? `${formatDateWithEra(data.availableFrom)}〜${formatDateWithEra(data.availableUntil)}`
      : seminarUi.formats[data.format];
  const svg = sessionImageSvg({
    kind: seminarUi.kinds[data.kind],
    title: data.title,
    when,
    lifecycle: data.lifecycle === 'scheduled' ? '' : seminarUi.calendarPrefixes[data.lifecycle],
    site: siteName,
  });
  return new Response(new Uint8Array(await render(svg)), { headers: { 'Content-Type': 'image/png' } });
};
