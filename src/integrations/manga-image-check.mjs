// Fails the build when a manga page image is missing or unreadable, naming the episode's
// file, the field and the image. Astro's own error names only the image path, which does
// not tell an editor which of many episodes to fix.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';

// js-yaml is the parser Astro itself reads frontmatter with.
const yaml = createRequire(createRequire(import.meta.url).resolve('astro/package.json'))('js-yaml');

/**
 * @param {string} root project root
 * @returns {Promise<string[]>} one message per problem: "<file>: <field>: <image> …"
 */
export async function findMangaImageProblems(root) {
  const dir = path.join(root, 'src/content/manga');
  if (!existsSync(dir)) return [];
  const problems = [];
  for (const slug of readdirSync(dir).sort()) {
    const file = ['index.md', 'index.mdx'].map((name) => path.join(dir, slug, name)).find(existsSync);
    if (!file) continue;
    const relative = path.relative(root, file).split(path.sep).join('/');
    const match = readFileSync(file, 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/);
    let data;
    try {
      data = match ? yaml.load(match[1]) : undefined;
    } catch {
      continue; // the content schema reports broken YAML with its own message
    }
    const images = [];
    (Array.isArray(data?.pages) ? data.pages : []).forEach((/** @type {{ image?: unknown } | undefined} */ page, /** @type {number} */ i) => {
      if (typeof page?.image === 'string') images.push([`pages.${i}.image`, page.image]);
    });
    if (typeof data?.ogImage === 'string') images.push(['ogImage', data.ogImage]);
    for (const [field, src] of images) {
      const target = path.resolve(path.dirname(file), src);
      if (!existsSync(target)) {
        problems.push(`${relative}: ${field}: 画像 ${src} が見つかりません`);
        continue;
      }
      try {
        const meta = await sharp(target).metadata();
        if (!meta.width || !meta.height) throw new Error('no size');
      } catch {
        problems.push(`${relative}: ${field}: 画像 ${src} を読み込めません（壊れているか、画像ではありません）`);
      }
    }
  }
  return problems;
}

/** @returns {import('astro').AstroIntegration} */
export default function mangaImageCheck() {
  return {
    name: 'manga-image-check',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const problems = await findMangaImageProblems(process.cwd());
        if (problems.length) {
          for (const p of problems) logger.error(p);
          throw new Error(`マンガのページ画像に問題があります:\n${problems.join('\n')}`);
        }
      },
    },
  };
}
