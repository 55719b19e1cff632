// Image outputs against their sources, for `npm run bench` (issue 23: no output may be larger
// than the file it was made from). Astro names an output `<source name>.<source hash>_<transform
// hash>.<ext>` in dist/_astro/; the source is found by its name among the images under src/.
// Where several sources share a name (each video's thumbnail.png, each episode's page-01.png),
// the one whose picture matches (a 16×16 grey thumbnail compared pixel by pixel) is the source
// of every output with that source hash.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** @param {string} file */
const fingerprint = (file) => sharp(file).resize(16, 16, { fit: 'fill' }).greyscale().raw().toBuffer();
/** @param {Buffer} a @param {Buffer} b */
const distance = (a, b) => a.reduce((sum, value, i) => sum + Math.abs(value - (b[i] ?? 0)), 0);

const imageFile = /\.(png|jpe?g|webp|avif|gif)$/i;

/** @param {string} dir @returns {string[]} */
function imagesUnder(dir) {
  /** @type {string[]} */
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...imagesUnder(full));
    else if (imageFile.test(entry.name)) found.push(full);
  }
  return found;
}

/**
 * @param {string} dist the built site
 * @param {string} [sourceDir] where the source images live
 * @returns {Promise<{ output: string, bytes: number, source: string, sourceBytes: number }[]>}
 */
export async function imageOutputsAgainstSources(dist, sourceDir = 'src') {
  /** @type {Map<string, { file: string, bytes: number }[]>} */
  /** @type {Map<string, { file: string, bytes: number }[]>} */
  const byName = new Map();
  for (const file of imagesUnder(sourceDir)) {
    const name = path.basename(file).replace(imageFile, '');
    byName.set(name, [...(byName.get(name) ?? []), { file, bytes: statSync(file).size }]);
  }
  const assets = path.join(dist, '_astro');
  /** @type {Map<string, string>} source hash group → source file */
  const sourceOf = new Map();
  /** @type {Map<string, Buffer>} */
  const prints = new Map();
  const printOf = async (/** @type {string} */ file) => prints.get(file) ?? /** @type {Buffer} */ (prints.set(file, await fingerprint(file)).get(file));
  /** @type {{ output: string, bytes: number, source: string, sourceBytes: number }[]} */
  const rows = [];
  for (const name of readdirSync(assets).filter((file) => imageFile.test(file)).sort()) {
    const match = /^(.+)\.([\w-]{8})(?:_[\w-]+)?\.\w+$/.exec(name);
    const candidates = match?.[1] ? byName.get(match[1]) : undefined;
    if (!match || !candidates?.[0]) continue;
    const group = `${match[1]}.${match[2]}`;
    if (!sourceOf.has(group)) {
      /** @type {{ file: string, bytes: number }} */
      let best = candidates[0];
      if (candidates.length > 1) {
        const print = await printOf(path.join(assets, name));
        let bestDistance = Infinity;
        for (const candidate of candidates) {
          const d = distance(print, await printOf(candidate.file));
          if (d < bestDistance) [best, bestDistance] = [candidate, d];
        }
      }
      sourceOf.set(group, best.file);
    }
    const source = /** @type {string} */ (sourceOf.get(group));
    rows.push({ output: name, bytes: statSync(path.join(assets, name)).size, source, sourceBytes: statSync(source).size });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await imageOutputsAgainstSources(process.argv[2] ?? 'dist');
  const larger = rows.filter((row) => row.bytes > row.sourceBytes);
  for (const row of larger) console.log(`${row.output} ${row.bytes} B > ${row.source} ${row.sourceBytes} B`);
  console.log(`${rows.length} image outputs, ${larger.length} larger than their source`);
}
