// `npm run build`: builds into a fresh folder beside dist/ and replaces dist/ only when the
// whole build (pages, _headers, search index, image check) succeeded. A build that fails while
// rendering used to leave dist/ half-deleted; now the previous site stays as it was, and a
// dist/ that cannot be replaced (read-only, in use) is reported with its path.
// Usage: node scripts/build.mjs [extra astro build flags]
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const astro = path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');

/**
 * @param {string} root project folder
 * @param {string[]} [extraArgs]
 * @returns {{ code: number, message?: string }}
 */
export function buildSite(root, extraArgs = []) {
  const dist = path.join(root, 'dist');
  const next = path.join(root, 'dist.next');
  const previous = path.join(root, 'dist.previous');
  rmSync(next, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', next, ...extraArgs], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    return { code: result.status ?? 1, message: `ビルドに失敗しました。${existsSync(dist) ? 'dist/ は前回のビルドのまま残しています。' : ''}上のエラーを直してから、もう一度 npm run build を実行してください。` };
  }
  try {
    if (existsSync(dist)) renameSync(dist, previous);
    renameSync(next, dist);
  } catch (error) {
    // Put the old site back if it was moved away, and name the folder that could not be replaced.
    if (!existsSync(dist) && existsSync(previous)) renameSync(previous, dist);
    const code = /** @type {NodeJS.ErrnoException} */ (error).code ?? 'error';
    const where = /** @type {NodeJS.ErrnoException} */ (error).path ?? dist;
    return { code: 1, message: `ビルドはできましたが、${where} を置き換えられません（${code}）。フォルダの書き込み権限を確認してください。新しいサイトは ${next} にあります。` };
  }
  try {
    rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    return { code: 0, message: `新しいサイトを dist/ に置きました。古いサイトの ${previous} は消せませんでした（${/** @type {NodeJS.ErrnoException} */ (error).code}）。手で削除してください。` };
  }
  return { code: 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { code, message } = buildSite(process.cwd(), process.argv.slice(2));
  if (message) console.error(`\n${message}`);
  process.exit(code);
}
