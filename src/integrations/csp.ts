/**
 * Content-Security-Policy for the public site, one source for astro.config.mjs (which puts
 * it, with per-page script/style hashes, into each page's <meta http-equiv>) and for the
 * `_headers` file written after the build (which adds what a <meta> policy cannot carry).
 */

/** Directives every public page gets. script-src/style-src are added by Astro with hashes. */
export const siteDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
  "worker-src 'self' blob:",
] as const;

/**
 * Script sources besides Astro's hashes. 'wasm-unsafe-eval' lets Pagefind compile its
 * WebAssembly search core; it does not allow eval() of strings.
 */
export const siteScriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;
export const siteStyleResources = ["'self'"] as const;

/**
 * The only third-party frame the site embeds, allowed (frame-src) on video pages with a
 * YouTube player only; every other page falls back to default-src 'self'.
 */
export const videoFrameSource = 'https://www.youtube-nocookie.com';

/** Headers that only an HTTP response can carry (a <meta> policy ignores frame-ancestors). */
export const responseHeaders: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // geolocation=(self): 現在地から探す on /institutions/ asks for the position on a click only and
  // sends it nowhere; no other origin (and no frame) may ask.
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(self), payment=(), usb=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
  // HTTPS only, for two years, on this host and its subdomains (no preload: that is the owner's call).
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  // The site's files are for its own pages; other sites may link to them but not embed them.
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];
