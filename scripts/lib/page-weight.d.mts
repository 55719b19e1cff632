import type { Browser, Page } from 'playwright-core';
export interface Weight { raw: number; gzip: number }
export interface PageWeight {
  totals: { html: Weight; css: Weight; js: Weight; img: Weight; other: Weight };
  total: Weight;
  requests: { url: string; type: string; raw: number; gzip: number }[];
  external: string[];
}
export function fileForUrl(dist: string, url: string): string | undefined;
export function measurePage(browser: Browser, options: { dist: string; baseUrl: string; path: string; context?: object; afterLoad?: (page: Page) => Promise<void> }): Promise<PageWeight>;
