// The anchor for `npm run bench`'s build ratio: a bare Astro site (one `.md` collection, one
// layout-free page template) with the same page count, built in a temp folder from the
// installed `astro`, so the ratio means the same on any machine.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve('.');

const page = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('posts')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="ja"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content /></main></body></html>
`;

const config = `import { defineConfig } from 'astro/config';
export default defineConfig({});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  posts: defineCollection({
    loader: glob({ pattern: '*/index.md', base: './src/content/posts', generateId: ({ entry }) => entry.split('/')[0] }),
    schema: z.object({ title: z.string(), summary: z.string(), start: z.coerce.date() }),
  }),
};
`;

/**
 * Builds a bare Astro site of `pages` pages and returns the wall time of `astro build` in ms.
 * @param {number} pages
 */
export function buildBareAstro(pages) {
  const dir = mkdtempSync(path.join(tmpdir(), 'iryo-dx-bare-astro-'));
  try {
    mkdirSync(path.join(dir, 'src/pages/posts'), { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
    writeFileSync(path.join(dir, 'astro.config.mjs'), config);
    writeFileSync(path.join(dir, 'src/content.config.ts'), contentConfig);
    writeFileSync(path.join(dir, 'src/pages/posts/[slug].astro'), page);
    for (let n = 1; n <= pages; n += 1) {
      const entry = path.join(dir, 'src/content/posts', `post-${String(n).padStart(4, '0')}`);
      mkdirSync(entry, { recursive: true });
      const body = `生成された講習会 第${n}回の説明です。電子カルテの導入について学びます。`.repeat(8);
      writeFileSync(path.join(entry, 'index.md'), `---\ntitle: 生成された出張講習会 第${n}回\nsummary: 負荷試験用に生成した講習会です（${n}件目）。\nstart: 2026-04-01T19:00:00+09:00\n---\n\n${body}\n`);
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const started = performance.now();
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const ms = performance.now() - started;
    if (result.status !== 0) throw new Error(`bare Astro build failed:\n${`${result.stdout}\n${result.stderr}`.slice(-2000)}`);
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = Number(process.argv[2] ?? 2062);
  console.log(`bare Astro, ${pages} pages: ${(buildBareAstro(pages) / 1000).toFixed(2)} s`);
}
