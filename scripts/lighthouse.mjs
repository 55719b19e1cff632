// `npm run lighthouse [-- /path/ …]`: Lighthouse mobile (performance) on the built site, by
// default /search/ empty and with a query; builds first when dist/ is missing. Also run by
// `npm run bench`. Targets (issue 18): performance ≥ 95, CLS 0.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { lighthouseBudget, runLighthouse } from '../tools/lighthouse-run.mjs';

export const lighthousePaths = ['/search/', `/search/?q=${encodeURIComponent('オンライン診療')}`];

/** Prints the table; returns how many results miss the targets. @param {Awaited<ReturnType<typeof runLighthouse>>} results */
export function printLighthouse(results) {
  let over = 0;
  console.log('| page | performance | CLS | LCP | FCP | TBT | Speed Index | bytes | machine (benchmarkIndex) | target |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of results) {
    const ok = r.performance >= lighthouseBudget.performance && r.cls <= lighthouseBudget.cls;
    if (!ok) over += 1;
    console.log(`| ${decodeURIComponent(r.path)} | ${r.performance} | ${r.cls.toFixed(3)} | ${Math.round(r.lcp)} ms | ${Math.round(r.fcp)} ms | ${Math.round(r.tbt)} ms | ${Math.round(r.si)} ms | ${(r.bytes / 1024).toFixed(1)} KB | ${r.benchmarkIndex} | ${ok ? '✓' : '✗'} ≥ ${lighthouseBudget.performance}, CLS ${lighthouseBudget.cls} |`);
  }
  return over;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync('dist/search/index.html') && spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  const paths = process.argv.slice(2).length ? process.argv.slice(2) : lighthousePaths;
  console.log('## Lighthouse (mobile, simulated throttling; dist/ served with gzip)');
  const over = printLighthouse(await runLighthouse({ dist: 'dist', paths }));
  process.exit(over ? 1 : 0);
}
