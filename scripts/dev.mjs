// `npm start`: the dev site on http://localhost:4321/ together with the local CMS backend
// (decap-server on http://localhost:8081, file mode: /admin/ edits the working tree, no login).
// Ctrl+C stops them all. CMS_LOCAL_PORT moves decap-server (and the admin page's local_backend).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cmsPort = process.env.CMS_LOCAL_PORT || '8081';

const processes = [
  { name: 'astro', command: process.execPath, args: ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1'], env: {} },
  // Default MODE=fs: MODE=git would `git add .` and switch branches in this working tree.
  { name: 'decap-server', command: process.execPath, args: [require.resolve('decap-server/dist/index.js')], env: { PORT: cmsPort, BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: process.cwd() } },
];

const children = processes.map(({ name, command, args, env }) => {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  child.on('exit', (code) => {
    console.log(`${name} exited (${code ?? 'signal'})`);
    stopAll();
    process.exitCode = code ?? 0;
  });
  return child;
});

function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
