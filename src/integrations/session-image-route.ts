/** /seminars/<slug>/image.png under `astro dev` only; the build writes these files (src/integrations/session-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { sessionImageSvgOf } from '../lib/seminars/session-files';
import { sessionImagePng } from './session-images';

export const getStaticPaths = (async () => {
  const entries = await getCollection('seminars');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'seminars'> }> = async ({ props }) => {
  const png = await sessionImagePng(sessionImageSvgOf(props.entry.data));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
