export function imageOutputsAgainstSources(dist: string, sourceDir?: string): Promise<{ output: string; bytes: number; source: string; sourceBytes: number }[]>;
