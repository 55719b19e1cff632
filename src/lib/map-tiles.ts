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
