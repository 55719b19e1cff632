import type { AstroIntegration } from 'astro';
import type { SearchRecord, SearchVocabulary, SiteTerm } from '../lib/search';

export const excludeSelectors: string[];
export const vocabularyPaths: { terms: string; records: string };
export function readVocabulary(dist: string): SearchVocabulary;
export function indexedText(html: string): string;
export function withReadings(html: string, terms: readonly SiteTerm[]): string;
export function withRank(html: string, weight: number): string;
export function searchLabelsOf(html: string): { typeLabel: string | undefined; status: string | undefined };
export function recordHtml(record: SearchRecord): string;
export function prepareForIndex(html: string, url: string, terms: readonly SiteTerm[]): string;
export function indexSite(dist: string): Promise<{ pages: number; files: number; bytes: number; ms: number }>;
export function searchIndex(): AstroIntegration;
export function runPagefind(site: string, output: string): Promise<void>;
export function withoutRuby(html: string): string;
