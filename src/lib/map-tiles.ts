/**
 * Map tiles come from the build environment (PUBLIC_MAP_TILES_URL), never from a default
 * third-party host: without a configured tile server the site shows no map at all and says
 * so, and nothing is requested from anyone. A misconfigured value is treated as unset.
 */
export interface TileConfig {
  readonly url: string;
  readonly attribution: string;
}

export function tileConfig(url: string | undefined, attribution: string | undefined): TileConfig | null {
  const value = url?.trim();
  if (!value) return null;
  if (!/^https:\/\/|^\//.test(value)) return null;
  if (!['{z}', '{x}', '{y}'].every((part) => value.includes(part))) return null;
  return { url: value, attribution: attribution?.trim() || '' };
}

/**
 * The CSP source a configured tile server needs in img-src: its origin, or nothing when the
 * tiles are served from this site ('self' already covers them).
 */
export function tileImageSource(tiles: TileConfig | null): string | undefined {
  if (!tiles || tiles.url.startsWith('/')) return undefined;
  return new URL(tiles.url.replace(/\{[a-z]\}/g, '0')).origin;
}
