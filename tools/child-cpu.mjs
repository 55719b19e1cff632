// CPU time of the finished child processes of this process (user + system, ms), from
// /proc/self/stat on Linux; NaN elsewhere. On a shared machine wall time follows the load;
// CPU time of the same work barely does, so `npm run bench` prints both ratios (issue 23).
import { readFileSync } from 'node:fs';

/** Clock ticks per second: 100 on every Linux the project runs on (getconf CLK_TCK). */
const ticksPerSecond = 100;

/** @returns {number} */
export function childCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces, so split after its closing paren).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime are fields 16 and 17 of the file, i.e. 13 and 14 after the name.
    return ((Number(fields[13]) + Number(fields[14])) / ticksPerSecond) * 1000;
  } catch {
    return NaN;
  }
}

/** The 1-minute load average, for the record next to a timing. */
export function loadAverage() {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return NaN;
  }
}
