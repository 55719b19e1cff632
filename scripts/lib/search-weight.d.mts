import type { Browser } from 'playwright-core';

export function searchIndexSize(dist: string): { files: number; raw: number; gzip: number };
export function measureFirstSearch(
  browser: Browser,
  options: { dist: string; baseUrl: string; query: string },
): Promise<{
  search: { raw: number; gzip: number };
  total: { raw: number; gzip: number };
  requests: { path: string; raw: number; gzip: number; afterLoad: boolean }[];
  results: number;
}>;
export function measureApiOnlySearch(
  browser: Browser,
  options: { dist: string; baseUrl: string; query: string; results: number },
): Promise<{ search: { raw: number; gzip: number }; requests: { path: string; raw: number; gzip: number }[]; found: number }>;
