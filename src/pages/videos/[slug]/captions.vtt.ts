/** /videos/<slug>/captions.vtt: each video's Japanese captions, for <track> and download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { captionsText } from '../../../integrations/video-entry-files';

export const getStaticPaths = (async () => {
  const videos = await getCollection('videos');
  return videos.flatMap((entry) => (entry.data.captions ? [{ params: { slug: entry.id }, props: { id: entry.id, file: entry.data.captions } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(captionsText(props.id as string, props.file as string), { headers: { 'Content-Type': 'text/vtt; charset=utf-8' } });
