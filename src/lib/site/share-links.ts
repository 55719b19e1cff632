/**
 * Share links as plain URLs: no SDKs, no scripts, nothing loaded from the networks until
 * the reader chooses one. The shared page URL carries utm_* parameters so the campaign
 * can count shares; the page's canonical URL never does (the layout drops the query).
 */
export type ShareNetwork = 'line' | 'x' | 'facebook';

export interface ShareLink {
  network: ShareNetwork;
  href: string;
}

export interface Campaign {
  /** utm_campaign, e.g. `iryo-dx-videos`. */
  campaign: string;
  /** utm_medium; shares are `social`. */
  medium?: string;
}

/** Adds utm_source/medium/campaign to an absolute URL, replacing any it already has. */
export function withUtm(pageUrl: string, source: string, { campaign, medium = 'social' }: Campaign): string {
  const url = new URL(pageUrl);
  url.searchParams.set('utm_source', source);
  url.searchParams.set('utm_medium', medium);
  url.searchParams.set('utm_campaign', campaign);
  return url.href;
}

/**
 * LINE's documented URL scheme (line.me/R/share) takes one text; X's web intent and
 * Facebook's sharer take the URL separately, and Facebook ignores any text.
 */
export function shareLinks(pageUrl: string, text: string, campaign: Campaign): ShareLink[] {
  const tagged = (source: string) => withUtm(pageUrl, source, campaign);
  const line = new URL('https://line.me/R/share');
  line.searchParams.set('text', `${text}\n${tagged('line')}`);
  const x = new URL('https://x.com/intent/post');
  x.searchParams.set('text', text);
  x.searchParams.set('url', tagged('x'));
  const facebook = new URL('https://www.facebook.com/sharer/sharer.php');
  facebook.searchParams.set('u', tagged('facebook'));
  return [
    { network: 'line', href: line.href },
    { network: 'x', href: x.href },
    { network: 'facebook', href: facebook.href },
  ];
}
