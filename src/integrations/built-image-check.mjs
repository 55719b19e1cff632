// After the build, decodes every image in the output with sharp and fails the build on one
// that does not decode. A corrupted image cache (node_modules/.astro or the configured
// cacheDir) otherwise ships 100-byte "images" with exit code 0.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import sharp from 'sharp';

const imageFile = /\.(png|jpe?g|webp|avif|gif)$/i;

/**
 * Whether a file ends where its own structure says it does. Cheap (no pixel decoding) and
 * catches the truncated files a header check alone accepts.
 * @param {Buffer} bytes @param {string} format sharp's format name
 */
export function isComplete(bytes, format) {
  switch (format) {
    case 'png':
      return bytes.subarray(-8).equals(Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]));
    case 'jpeg':
      return bytes.length > 4 && bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9;
    case 'gif':
      return bytes[bytes.length - 1] === 0x3b;
    case 'webp': {
      const declared = bytes.length >= 12 ? bytes.readUInt32LE(4) + 8 : -1;
      return declared === bytes.length || declared + 1 === bytes.length;
    }
    case 'heif': {
      // ISO BMFF (AVIF): top-level boxes must tile the file exactly.
      let offset = 0;
      while (offset + 8 <= bytes.length) {
        let size = bytes.readUInt32BE(offset);
        if (size === 1) size = offset + 16 <= bytes.length ? Number(bytes.readBigUInt64BE(offset + 8)) : -1;
        else if (size === 0) size = bytes.length - offset;
        if (size < 8) return false;
        offset += size;
      }
      return offset === bytes.length;
    }
    default:
      return true;
  }
}

/**
 * @param {string} dir built site folder
 * @returns {Promise<{ checked: number, broken: { file: string, reason: string }[] }>}
 */
export async function findBrokenImages(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && imageFile.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  /** @type {{ file: string, reason: string }[]} */
  const broken = [];
  // Eight in flight, each started as one ends (p-limit; batches of four waited for each batch's
  // slowest): reading the file and sharp's header parse run on libuv's threads.
  await pLimit(8).map(files, async (file) => {
    try {
      // The header must parse and give a size: a cache entry of garbage or a 100-byte stub fails
      // here. (Decoding every pixel with stats() costs ~20 s for the AVIF files on two cores.)
      const bytes = await readFile(file);
      const { width, height, format } = await sharp(bytes, { limitInputPixels: false }).metadata();
      if (!width || !height || !format) throw new Error('画像の大きさが読めません');
      if (!isComplete(bytes, format)) throw new Error(`${format} のファイルが途中で切れています`);
    } catch (error) {
      broken.push({ file: path.relative(dir, file).split(path.sep).join('/'), reason: /** @type {Error} */ (error).message.split('\n')[0] ?? 'unreadable' });
    }
  });
  return { checked: files.length, broken: broken.sort((a, b) => a.file.localeCompare(b.file)) };
}

/** @returns {import('astro').AstroIntegration} */
export default function builtImageCheck() {
  return {
    name: 'built-image-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { checked, broken } = await findBrokenImages(fileURLToPath(dir));
        if (broken.length > 0) {
          throw new Error(
            `ビルドした画像 ${broken.length} 件が読み込めません（画像キャッシュが壊れている可能性があります。node_modules/.astro と .cache/astro を削除して、もう一度ビルドしてください）:\n${broken.map((item) => `  - dist/${item.file}: ${item.reason}`).join('\n')}`,
          );
        }
        logger.info(`${checked} images decode`);
      },
    },
  };
}
