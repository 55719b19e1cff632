export function javaAvailable(): boolean;
export function validateHtml(targets: string[]): { available: boolean; reason?: string; errors: { url: string; line?: number; message: string; extract?: string }[] };
