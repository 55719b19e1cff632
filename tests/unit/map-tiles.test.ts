import { describe, expect, it } from 'vitest';
import { attributionHtml, gsiStandardTiles, tileConfig, tileImageSource } from '../../src/lib/institutions/map-tiles';

describe('tileConfig', () => {
  it('defaults to 地理院タイル (GSI standard map) with its credit linking the tile list', () => {
    expect(tileConfig(undefined)).toBe(gsiStandardTiles);
    expect(tileConfig('  ', 'x')).toBe(gsiStandardTiles);
    expect(gsiStandardTiles.url).toBe('https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png');
    expect(attributionHtml(gsiStandardTiles)).toBe('<a href="https://maps.gsi.go.jp/development/ichiran.html">地理院タイル</a>');
  });
  it('is replaced by an https or same-origin template with {z}/{x}/{y} from the environment', () => {
    expect(tileConfig('https://tiles.example.lg.jp/{z}/{x}/{y}.png', '© 例', 'https://tiles.example.lg.jp/')).toMatchObject({ url: 'https://tiles.example.lg.jp/{z}/{x}/{y}.png', attribution: '© 例', attributionUrl: 'https://tiles.example.lg.jp/' });
    expect(tileConfig('/tiles/{z}/{x}/{y}.png', undefined)).toMatchObject({ url: '/tiles/{z}/{x}/{y}.png', attribution: '' });
  });
  it('ignores plain http and templates without coordinates, keeping the default', () => {
    expect(tileConfig('http://tiles.example.jp/{z}/{x}/{y}.png', '')).toBe(gsiStandardTiles);
    expect(tileConfig('https://tiles.example.jp/tile.png', '')).toBe(gsiStandardTiles);
  });
  it('escapes a configured credit', () => {
    expect(attributionHtml(tileConfig('/t/{z}/{x}/{y}.png', '<b>例</b>'))).toBe('&lt;b&gt;例&lt;/b&gt;');
  });
});

describe('tileImageSource', () => {
  it('gives the tile server origin for img-src, and nothing for same-site tiles', () => {
    expect(tileImageSource(gsiStandardTiles)).toBe('https://cyberjapandata.gsi.go.jp');
    expect(tileImageSource(tileConfig('https://tiles.example.jp/{z}/{x}/{y}.png', ''))).toBe('https://tiles.example.jp');
    expect(tileImageSource(tileConfig('/tiles/{z}/{x}/{y}.png', ''))).toBeUndefined();
  });
});
