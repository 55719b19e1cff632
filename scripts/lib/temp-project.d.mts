export interface FixtureProject {
  dir: string;
  astro: (...args: string[]) => { code: number; output: string };
  node: (...args: string[]) => { code: number; output: string };
  remove: () => void;
}
export function createFixtureProject(options?: { withContent?: boolean; skip?: readonly ('search-index' | 'cms-bundle')[]; env?: Record<string, string> }): FixtureProject;
