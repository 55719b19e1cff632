import { existsSync } from 'node:fs';
import { staleDistProblem } from './dist-freshness';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../tools/serve-dist.mjs';
import { findChromium } from '../../tools/find-chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = path.resolve('dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error('dist/ has not been built: run `npm test` (which builds first) or `npm run build`.');
  }
  const stale = staleDistProblem(dist);
  if (stale) throw new Error(stale);
  const server = await startStaticServer(dist);
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', findChromium());
  return async () => server.close();
}
