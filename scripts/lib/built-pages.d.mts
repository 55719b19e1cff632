export function htmlFilesIn(dir: string, options?: { skip?: string[] }): string[];
export function urlPathOf(dist: string, file: string): string;
export function fileFor(dist: string, pathname: string): string | undefined;
