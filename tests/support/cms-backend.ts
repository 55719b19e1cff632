/**
 * decap-server for browser tests: started on a free port against a temp copy of the project
 * (never the working tree), in the default file mode (or git mode), and stopped by its own process id.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import { DEFAULT_LOCAL_PORT } from '../../cms/config';

const require = createRequire(import.meta.url);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface CmsBackend {
  port: number;
  url: string;
  stop: () => Promise<void>;
}

/**
 * `mode: 'git'` is decap-server's git mode: it reports the editorial workflow and keeps drafts on
 * `cms/<collection>/<slug>` branches of the repository. `port`: reuse one (a page built for it).
 */
export async function startDecapServer(repoDir: string, mode: 'fs' | 'git' = 'fs', wantedPort?: number): Promise<CmsBackend> {
  const port = wantedPort ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: mode, GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/api/v1`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`decap-server did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * A host rule (for `launchBrowser`) that connects the built /admin/'s local backend address,
 * localhost:8081 (every build without CMS_LOCAL_PORT bakes it in, dist/ included), to decap-server
 * on `port`: a test then drives the site's own built CMS against a temp copy, with no build of its
 * own and nothing listening on 8081. The page still asks localhost:8081, so its CSP and Decap's
 * config are the deployed ones. A host rule, not request interception: routing a context turns its
 * HTTP cache off and sends every request through the test process.
 */
export const localBackendHostRule = (port: number) => `MAP localhost:${DEFAULT_LOCAL_PORT} 127.0.0.1:${port}`;

/** Whether a request went to the built /admin/'s local backend (see {@link localBackendHostRule}). */
export const isLocalBackendUrl = (url: string) => {
  const { hostname, port } = new URL(url);
  return hostname === 'localhost' && port === String(DEFAULT_LOCAL_PORT);
};
