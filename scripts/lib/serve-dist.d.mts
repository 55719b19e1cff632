export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[];
export function matchesHeaderPattern(pattern: string, pathname: string): boolean;
export function startStaticServer(root: string, port?: number): Promise<{ url: string; close: () => Promise<void> }>;
