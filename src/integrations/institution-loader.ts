/**
 * The content loader of the institutions collection: one JSON array written by the importer
 * (npm run import:institutions), every element validated by the collection's schema, so a bad
 * value still stops the build naming the facility's ID, the field and the file. Unchanged data
 * is not parsed again. A missing file is an empty collection (a site without facilities builds).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentProblemError, japaneseContentError } from './japanese-schema';

export function institutionsLoader(file: string): Loader {
  return {
    name: 'institutions-data',
    load: async ({ store, meta, parseData, generateDigest, logger, config }) => {
      const url = new URL(file, config.root);
      if (!existsSync(url)) {
        logger.warn(`${file} がありません。医療機関は0件として作ります（npm run import:institutions -- <CSV> で作れます）。`);
        store.clear();
        meta.delete('digest');
        return;
      }
      // Astro wants the entry's file relative to the project root (INSTITUTIONS_DATA may be absolute).
      const filePath = path.relative(fileURLToPath(config.root), fileURLToPath(url));
      const text = readFileSync(url, 'utf8');
      const digest = `${filePath}:${generateDigest(text)}`;
      if (meta.get('digest') === digest && store.keys().length > 0) return;
      const entries = JSON.parse(text) as Record<string, unknown>[];
      if (!Array.isArray(entries)) throw new ContentProblemError([`${file}: 医療機関の配列ではありません`]);
      store.clear();
      for (const raw of entries) {
        const id = String(raw['id'] ?? '');
        const data = await parseData({ id, data: raw, filePath }).catch((error: unknown) => {
          throw japaneseContentError(error, `${filePath}（id ${id}）`);
        });
        store.set({ id, data, filePath });
      }
      meta.set('digest', digest);
    },
  };
}
