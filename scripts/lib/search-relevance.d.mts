import type { Browser } from 'playwright-core';

export interface RelevanceCase {
  query: string;
  expect: string;
  who: 'citizen' | 'physician';
  covers: string;
}
export function relevanceSet(): RelevanceCase[];
export function runRelevanceSet(browser: Browser, options: { baseUrl: string; cases: RelevanceCase[]; top?: number }): Promise<{ case: RelevanceCase; top: string[]; pass: boolean }[]>;
