/**
 * Astro's sharp service, with one rule added: an output is never larger than its source
 * (issue 23). Where the first encoding comes out bigger than the file it was made from (flat
 * illustrations: a resized PNG gains thousands of anti-aliased colours; lossy WebP of a
 * 22 KB PNG at full width weighs more than the PNG), the same format is encoded again with
 * the settings that suit such images (palette PNG, lossless WebP) and the smallest is kept;
 * if that is still bigger and the output has the source's size and format, the source itself
 * is served. Images that come out smaller the first time (photographs, manga pages) are
 * encoded once, exactly as before.
 */
import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';

type Config = Parameters<LocalImageService['transform']>[2];

/** Encoder settings tried, in this order, for an output that outgrew its source. */
export const smallerEncodings: Record<string, Record<string, unknown>[]> = {
  png: [{ palette: true }, { palette: true, quality: 90 }],
  webp: [{ lossless: true }, { nearLossless: true, quality: 80 }],
};

function withEncoder(config: Config, format: string, extra: Record<string, unknown>): Config {
  const serviceConfig = (config.service.config ?? {}) as Record<string, Record<string, unknown> | undefined>;
  return { ...config, service: { ...config.service, config: { ...serviceConfig, [format]: { ...serviceConfig[format], ...extra } } } };
}

/** Format and pixel size of an encoded image, from its header (sharp reads no pixels for it). */
async function describe(data: Uint8Array): Promise<{ format?: string; width?: number; height?: number }> {
  const { default: sharp } = await import('sharp');
  const { format, width, height } = await sharp(data).metadata();
  return { format, width, height };
}

const service: LocalImageService = {
  ...sharpService,
  async transform(inputBuffer, transform, config, logger) {
    let best = await sharpService.transform(inputBuffer, transform, config, logger);
    if (best.data.length <= inputBuffer.length) return best;
    for (const extra of smallerEncodings[best.format] ?? []) {
      const candidate = await sharpService.transform(inputBuffer, { ...transform, quality: undefined }, withEncoder(config, best.format, extra), logger);
      if (candidate.format === best.format && candidate.data.length < best.data.length) best = candidate;
      if (best.data.length <= inputBuffer.length) return best;
    }
    const [source, output] = await Promise.all([describe(inputBuffer), describe(best.data)]);
    if (source.format === output.format && source.width === output.width && source.height === output.height) return { data: inputBuffer, format: best.format };
    return best;
  },
};

export default service;
