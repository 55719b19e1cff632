/**
 * The public origin the site is built for (canonical URLs, OGP, the sitemap). Every link on
 * the site is root-relative, so the site works only at the root of its origin: a SITE_URL with
 * a path (https://tokyo.github.io/navi/, a GitLab Pages project URL) would publish pages
 * without their CSS and JS. The build stops instead, saying so.
 */
export const defaultSiteUrl = 'https://iryo-dx-navi.example.jp';

export class SiteUrlError extends Error {}

export function siteUrlFrom(env: Readonly<Record<string, string | undefined>>): string {
  const value = env['SITE_URL'] || defaultSiteUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteUrlError(`環境変数 SITE_URL「${value}」は URL として読めません。https://navi.example.lg.jp のように、公開するサイトのオリジンを指定してください。`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SiteUrlError(`環境変数 SITE_URL「${value}」は https:// で始めてください。`);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new SiteUrlError(
      `環境変数 SITE_URL「${value}」にパス（${url.pathname}）が含まれています。このサイトはオリジンの直下（独自ドメイン）にだけ公開できます。サブパスに置くと CSS と JavaScript が読み込めません。独自ドメインを設定し、SITE_URL=https://navi.example.lg.jp のように指定してください。`,
    );
  }
  return url.origin;
}
