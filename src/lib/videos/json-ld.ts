/**
 * schema.org VideoObject for a released video (Google's video rich results require name,
 * thumbnailUrl and uploadDate; description, duration and embedUrl/contentUrl are recommended).
 * A video still in production has no VideoObject: there is nothing to watch yet.
 */
import { toIsoJst } from '../site/dates';

export interface VideoObjectInput {
  name: string;
  description: string;
  /** Absolute URL of the thumbnail image. */
  thumbnailUrl: string;
  uploadDate: Date;
  /** ISO 8601, e.g. PT1M30S. */
  duration: string;
  /** Absolute URL of the page the video is on. */
  pageUrl: string;
  /** The player URL (youtube-nocookie embed) for YouTube-hosted videos. */
  embedUrl?: string | undefined;
  /** Absolute URL of the MP4 for self-hosted videos. */
  contentUrl?: string | undefined;
  publisherName: string;
}

export type JsonLd = Record<string, unknown>;

export function videoObject(input: VideoObjectInput): JsonLd {
  if (!input.embedUrl && !input.contentUrl) throw new Error(`${input.name}: a VideoObject needs embedUrl or contentUrl`);
  return {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: input.name,
    description: input.description,
    thumbnailUrl: [input.thumbnailUrl],
    uploadDate: toIsoJst(input.uploadDate),
    duration: input.duration,
    ...(input.embedUrl ? { embedUrl: input.embedUrl } : {}),
    ...(input.contentUrl ? { contentUrl: input.contentUrl } : {}),
    url: input.pageUrl,
    inLanguage: 'ja',
    publisher: { '@type': 'GovernmentOrganization', name: input.publisherName },
  };
}

