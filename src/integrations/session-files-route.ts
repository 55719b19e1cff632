/**
 * Build only (src/integrations/session-files.ts): every session's .ics text and image SVG in
 * one JSON file, which the build step turns into the files and then deletes.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildTime } from './build-clock';
import { sessionFilesOf, siteOrLocalhost } from '../lib/seminars/session-files';

export const GET: APIRoute = async ({ site }) => {
  const files = sessionFilesOf(await getCollection('seminars'), siteOrLocalhost(site), buildTime());
  return new Response(JSON.stringify(files), { headers: { 'Content-Type': 'application/json' } });
};
