// Time per Vitest project from its JSON report, printed by `npm test` and by `npm run bench`
// (which reads the last run's test-results/vitest.json).

/**
 * Time per Vitest project (tests/<project>/…): wall time from its first file's start to its
 * last file's end (projects share the two workers, so these overlap), and the sum of its
 * files' durations, with the slowest file.
 * @param {{ testResults?: { name: string, startTime: number, endTime: number }[] }} report
 */
export function printProjectTimes(report) {
  /** @type {Map<string, { start: number, end: number, sum: number, files: number, slowest: [string, number] }>} */
  const projects = new Map();
  for (const file of report.testResults ?? []) {
    const name = /\/tests\/([^/]+)\//.exec(file.name)?.[1] ?? 'other';
    const ms = file.endTime - file.startTime;
    const project = projects.get(name) ?? { start: Infinity, end: 0, sum: 0, files: 0, slowest: ['', 0] };
    project.start = Math.min(project.start, file.startTime);
    project.end = Math.max(project.end, file.endTime);
    project.sum += ms;
    project.files += 1;
    if (ms > project.slowest[1]) project.slowest = [file.name.replace(/^.*\/tests\//, 'tests/'), ms];
    projects.set(name, project);
  }
  const s = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log('\n| project | files | wall | sum of files | slowest file |');
  console.log('|---|---:|---:|---:|---|');
  for (const [name, p] of [...projects].sort()) console.log(`| ${name} | ${p.files} | ${s(p.end - p.start)} | ${s(p.sum)} | ${p.slowest[0]} ${s(p.slowest[1])} |`);
}
