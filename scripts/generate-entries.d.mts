export function generatedSession(n: number): Record<string, unknown>;
export function writeGeneratedSessions(projectDir: string, count: number): void;
