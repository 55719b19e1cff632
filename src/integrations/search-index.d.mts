import type { AstroIntegration } from 'astro';

export const excludeSelectors: string[];
export function indexedText(html: string): string;
export function withReadings(html: string): string;
export function indexSite(dist: string): Promise<{ pages: number; files: number; bytes: number; ms: number }>;
export function searchIndex(): AstroIntegration;
export function runPagefind(site: string, output: string): Promise<void>;
