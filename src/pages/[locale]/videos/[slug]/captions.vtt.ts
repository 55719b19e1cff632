/** /<locale>/videos/<slug>/captions.vtt: captions in another language, where the entry's translation provides a file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { captionsText } from '../../../../integrations/video-entry-files';
import { otherLocalePaths } from '../../../../i18n';

export const getStaticPaths = (async () => {
  const videos = await getCollection('videos');
  return otherLocalePaths().flatMap(({ params: { locale } }) =>
    videos.flatMap((entry) => {
      const file = entry.data.translations?.[locale as keyof NonNullable<typeof entry.data.translations>]?.captions;
      return file ? [{ params: { locale, slug: entry.id }, props: { id: entry.id, file } }] : [];
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(captionsText(props.id as string, props.file as string), { headers: { 'Content-Type': 'text/vtt; charset=utf-8' } });
