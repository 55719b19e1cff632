/**
 * Media files in a content folder that its entry no longer names: left behind when an editor
 * replaces an image or a caption file in the CMS (Decap uploads the new file and never deletes
 * the old one) or when an entry file is removed by hand. They would be tracked in git forever
 * and, for images, look as if they were still in use. Run at the start of every build
 * (src/integrations/decap-cms.ts), which names each file in a warning.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isReferenced } from './admin/entry-media';

const entryFile = /^index\.mdx?$/;

/** `src/content/<collection>/<slug>/<file>` paths of files no entry in their folder names. */
export function unreferencedMedia(contentDir: string): string[] {
  const found: string[] = [];
  const list = (dir: string) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  };
  for (const collection of list(contentDir)) {
    for (const slug of list(path.join(contentDir, collection))) {
      const folder = path.join(contentDir, collection, slug);
      if (!statSync(folder).isDirectory()) continue;
      const names = list(folder);
      const entries = names.filter((name) => entryFile.test(name));
      // A folder without its index.md is the folder audit's concern (it names the folder); every file in it is orphaned.
      const text = entries.map((name) => readFileSync(path.join(folder, name), 'utf8')).join('\n');
      for (const name of names) {
        // Stray .md/.mdx files (index-1.md) are the content-folder audit's to report.
        if (/\.mdx?$/.test(name) || name.startsWith('.') || statSync(path.join(folder, name)).isDirectory()) continue;
        if (!isReferenced(name, text)) found.push(path.join(contentDir, collection, slug, name));
      }
    }
  }
  return found.sort();
}

export function unreferencedMediaMessage(files: string[]): string {
  return `コンテンツのフォルダに、どのエントリからも使われていないファイルがあります。不要なら削除し、必要ならエントリから指定してください：\n${files.map((file) => `  ${file}`).join('\n')}`;
}
