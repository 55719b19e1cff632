/** Temp copies of the project for build tests (shared with the benchmark). */
export { createFixtureProject, type FixtureProject } from '../../tools/temp-project.mjs';
