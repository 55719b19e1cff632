/**
 * /seminars/<slug>/image.png: the session's own 1,920 px image for its Event/Course JSON-LD.
 * Rendered from SVG by sharp (≈30 ms each, plain PNG: palette quantisation costs 3×) and
 * cached by content hash next to Astro's own image cache, so a rebuild re-renders only
 * sessions whose title, date or status changed.
 * Astro renders one route at a time, and one SVG renders on one core; so each request also
 * starts the next few sessions' images (sharp works off the main thread), keeping every core
 * busy on a cold cache (CI) instead of one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import sharp from 'sharp';
import { formatDateTimeRangeWithEra, formatDateWithEra } from '../../../lib/site/dates';
import { sessionImageSvg } from '../../../lib/seminars/image';
import { siteName } from '../../../lib/site/site';
import { seminarUi } from '../../../lib/site/ui-strings';

// Beside Astro's own image cache (astro.config.mjs `cacheDir`), which CI keeps between runs.
const cacheDir = path.join(process.cwd(), '.cache/astro/seminar-images');

/** Images started ahead of their own request: one per core beyond the one being written. */
const renderAhead = availableParallelism();

type Entry = CollectionEntry<'seminars'>;

export const getStaticPaths = (async () => {
  const entries = await getCollection('seminars');
  return entries.map((entry, i) => ({ params: { slug: entry.id }, props: { entry, following: entries.slice(i + 1, i + 1 + renderAhead) } }));
}) satisfies GetStaticPaths;

async function render(svg: string): Promise<Buffer> {
  const file = path.join(cacheDir, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
  try {
    return await readFile(file);
  } catch {
    const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
    mkdirSync(cacheDir, { recursive: true });
    await writeFile(file, png);
    return png;
  }
}

/** Renders in flight or done and not yet written, by session id. */
const rendering = new Map<string, Promise<Buffer>>();

function imageOf(entry: Entry): Promise<Buffer> {
  let png = rendering.get(entry.id);
  if (!png) {
    png = render(svgOf(entry));
    // A render started ahead fails loudly when its own request awaits it, not as an unhandled rejection.
    png.catch(() => undefined);
    rendering.set(entry.id, png);
  }
  return png;
}

export const GET: APIRoute<{ entry: Entry; following: Entry[] }> = async ({ props }) => {
  for (const next of props.following) imageOf(next);
  const png = await imageOf(props.entry);
  rendering.delete(props.entry.id);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

function svgOf({ data }: Entry): string {
  const when = data.start
    ? formatDateTimeRangeWithEra(data.start, data.end)
    : data.availableFrom && data.availableUntil
      ? `${formatDateWithEra(data.availableFrom)}〜${formatDateWithEra(data.availableUntil)}`
      : seminarUi.formats[data.format];
  return sessionImageSvg({
    kind: seminarUi.kinds[data.kind],
    title: data.title,
    when,
    lifecycle: data.lifecycle === 'scheduled' ? '' : seminarUi.calendarPrefixes[data.lifecycle],
    site: siteName,
  });
}
