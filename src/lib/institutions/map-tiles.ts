/**
 * The map's basemap. By default 地理院タイル (the Geospatial Information Authority of Japan's
 * standard map), which Japanese public sites use and which asks for a 「地理院タイル」 credit
 * linking its tile list. PUBLIC_MAP_TILES_URL (+ PUBLIC_MAP_ATTRIBUTION, PUBLIC_MAP_ATTRIBUTION_URL)
 * replaces it at build time, e.g. with the city's own tile server; a value that is not an https or
 * same-site {z}/{x}/{y} template is ignored and the default stays.
 */
import { escapeHtml } from '../site/escape-html';

export interface TileConfig {
  readonly url: string;
  /** The credit's words, and where they link (both shown in the map's corner). */
  readonly attribution: string;
  readonly attributionUrl: string;
  readonly maxZoom: number;
}

export const gsiStandardTiles: TileConfig = {
  url: 'https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png',
  attribution: '地理院タイル',
  attributionUrl: 'https://maps.gsi.go.jp/development/ichiran.html',
  maxZoom: 18,
};

export function tileConfig(url: string | undefined, attribution?: string, attributionUrl?: string): TileConfig {
  const value = url?.trim();
  if (!value || !/^https:\/\/|^\//.test(value) || !['{z}', '{x}', '{y}'].every((part) => value.includes(part))) return gsiStandardTiles;
  const link = attributionUrl?.trim() ?? '';
  return { url: value, attribution: attribution?.trim() ?? '', attributionUrl: /^https:\/\//.test(link) ? link : '', maxZoom: 18 };
}

/** The credit as the HTML Leaflet shows: a link when there is an address, escaped either way. */
export function attributionHtml(tiles: TileConfig): string {
  if (!tiles.attribution) return '';
  return tiles.attributionUrl ? `<a href="${escapeHtml(tiles.attributionUrl)}">${escapeHtml(tiles.attribution)}</a>` : escapeHtml(tiles.attribution);
}

/**
 * The CSP source the tile server needs in img-src on the map page: its origin, or nothing when
 * the tiles are served from this site ('self' already covers them).
 */
export function tileImageSource(tiles: TileConfig): string | undefined {
  if (tiles.url.startsWith('/')) return undefined;
  return new URL(tiles.url.replace(/\{[a-z]\}/g, '0')).origin;
}

/** The tile configuration of this build, from the PUBLIC_MAP_* environment. */
export function buildTiles(env: Record<string, string | undefined>): TileConfig {
  return tileConfig(env['PUBLIC_MAP_TILES_URL'], env['PUBLIC_MAP_ATTRIBUTION'], env['PUBLIC_MAP_ATTRIBUTION_URL']);
}
