/** Temp copies of the project for build tests (shared with the benchmark). */
export { createFixtureProject, type FixtureProject } from '../../scripts/lib/temp-project.mjs';
