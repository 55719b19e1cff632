// `npm start`: the dev site on http://localhost:4321/ together with the helpers it needs
// locally (the CMS issue adds the local CMS backend here). Ctrl+C stops them all.
import { spawn } from 'node:child_process';

const processes = [
  { name: 'astro', command: process.execPath, args: ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1'] },
];

const children = processes.map(({ name, command, args }) => {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
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
