import type { AstroIntegration } from 'astro';
export function isComplete(bytes: Buffer, format: string): boolean;
export function findBrokenImages(dir: string): Promise<{ checked: number; broken: { file: string; reason: string }[] }>;
export default function builtImageCheck(): AstroIntegration;
