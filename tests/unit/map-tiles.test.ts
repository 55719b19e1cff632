import { describe, expect, it } from 'vitest';
import { tileConfig, tileImageSource } from '../../src/lib/map-tiles';

describe('tileConfig', () => {
  it('is null when no tile server is configured, so no map and no request', () => {
    expect(tileConfig(undefined, undefined)).toBeNull();
    expect(tileConfig('  ', 'x')).toBeNull();
  });
  it('accepts an https or same-origin template with {z}/{x}/{y}', () => {
    expect(tileConfig('https://tiles.example.lg.jp/{z}/{x}/{y}.png', '© 例')).toEqual({ url: 'https://tiles.example.lg.jp/{z}/{x}/{y}.png', attribution: '© 例' });
    expect(tileConfig('/tiles/{z}/{x}/{y}.png', undefined)).toEqual({ url: '/tiles/{z}/{x}/{y}.png', attribution: '' });
  });
  it('rejects plain http and templates without coordinates', () => {
    expect(tileConfig('http://tiles.example.jp/{z}/{x}/{y}.png', '')).toBeNull();
    expect(tileConfig('https://tiles.example.jp/tile.png', '')).toBeNull();
  });
});

describe('tileImageSource', () => {
  it('gives the tile server origin for img-src, and nothing for same-site or missing tiles', () => {
    expect(tileImageSource(tileConfig('https://tiles.example.jp/{z}/{x}/{y}.png', ''))).toBe('https://tiles.example.jp');
    expect(tileImageSource(tileConfig('/tiles/{z}/{x}/{y}.png', ''))).toBeUndefined();
    expect(tileImageSource(tileConfig(undefined, undefined))).toBeUndefined();
  });
});
