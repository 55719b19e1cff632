// `npm start`: the dev site on http://localhost:4321/ together with the local CMS backend
// (decap-server on http://localhost:8081, file mode: /admin/ edits the working tree, no login).
// Ctrl+C stops them all. CMS_LOCAL_PORT moves decap-server (and the admin page's local_backend);
// when its port is taken, the next free one is used and the admin page is pointed at it.
// If either server stops by itself, the other is stopped too and `npm start` exits non-zero.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';

const require = createRequire(import.meta.url);

/** Whether something already listens on the port (either address family). */
/** @param {number} port @returns {Promise<boolean>} */
function isFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/** @param {number} first */
async function freePortFrom(first, tries = 20) {
  for (let port = first; port < first + tries; port += 1) if (await isFree(port)) return port;
  return undefined;
}

const wanted = Number(process.env.CMS_LOCAL_PORT || 8081);
const cmsPort = await freePortFrom(wanted);
if (cmsPort === undefined) {
  console.error(`ポート ${wanted}〜${wanted + 19} がすべて使用中のため、CMS のローカルサーバー（decap-server）を起動できません。使っているプロセスを止めるか（例：lsof -i :${wanted}）、CMS_LOCAL_PORT=9081 npm start のように別のポートを指定してください。`);
  process.exit(1);
}
if (cmsPort !== wanted) console.log(`ポート ${wanted} は使用中のため、CMS のローカルサーバーはポート ${cmsPort} で起動します（/admin/ はこのポートに接続します）。`);

const processes = [
  // CMS_LOCAL_PORT reaches the admin page's config (cms/config.ts), so /admin/ talks to the port actually used.
  { name: 'astro', command: process.execPath, args: ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1'], env: { CMS_LOCAL_PORT: String(cmsPort) } },
  // Default MODE=fs: MODE=git would `git add .` and switch branches in this working tree.
  { name: 'decap-server', command: process.execPath, args: [require.resolve('decap-server/dist/index.js')], env: { PORT: String(cmsPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: process.cwd() } },
];

let stopping = false;
const children = processes.map(({ name, command, args, env }) => {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      // One server gone means the CMS or the site no longer works: stop the other and fail.
      console.error(`${name} が終了しました（${code ?? signal}）。もう一方のサーバーも停止します。`);
      process.exitCode = code || 1;
      stopping = true;
    }
    stopAll();
  });
  return child;
});

function stopAll() {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}
const stopByUser = () => {
  stopping = true;
  stopAll();
};
process.on('SIGINT', stopByUser);
process.on('SIGTERM', stopByUser);
