// Renders the favicon and the default OGP card from SVG. Run by hand when the design
// changes (`node scripts/make-site-images.mjs`); the PNG output is committed because
// rendering Japanese text needs fonts-noto-cjk, which a build machine may lack.
import sharp from 'sharp';
import { writeFile } from 'node:fs/promises';

const mark = (/** @type {number} */ size) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0017c1"/><path d="M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z" fill="#fff"/></svg>`;

const ogCard = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
  <rect width="1200" height="630" fill="#ffffff"/>
  <rect width="1200" height="24" fill="#0017c1"/>
  <g transform="translate(96 150) scale(5)"><rect width="32" height="32" rx="6" fill="#0017c1"/><path d="M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z" fill="#fff"/></g>
  <text x="300" y="250" font-family="Noto Sans CJK JP, Noto Sans JP, sans-serif" font-size="88" font-weight="700" fill="#1a1a1a">医療DX東京ナビ</text>
  <text x="300" y="330" font-family="Noto Sans CJK JP, Noto Sans JP, sans-serif" font-size="36" fill="#333333">医療DXをわかりやすく。</text>
  <text x="300" y="380" font-family="Noto Sans CJK JP, Noto Sans JP, sans-serif" font-size="36" fill="#333333">都民と医療機関のための情報サイト</text>
  <text x="96" y="560" font-family="Noto Sans CJK JP, Noto Sans JP, sans-serif" font-size="30" fill="#4d4d4d">東京都保健医療局</text>
</svg>`;

await writeFile('public/favicon.svg', mark(32));
await sharp(Buffer.from(mark(180))).png().toFile('public/apple-touch-icon.png');
// A 32×32 PNG inside an .ico container: browsers that ask for /favicon.ico accept PNG data.
const png32 = await sharp(Buffer.from(mark(32))).png().toBuffer();
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0); header.writeUInt16LE(1, 2); header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6); header.writeUInt8(32, 7); header.writeUInt8(0, 8); header.writeUInt8(0, 9);
header.writeUInt16LE(1, 10); header.writeUInt16LE(32, 12); header.writeUInt32LE(png32.length, 14); header.writeUInt32LE(22, 18);
await writeFile('public/favicon.ico', Buffer.concat([header, png32]));
await sharp(Buffer.from(ogCard)).png({ compressionLevel: 9 }).toFile('public/og-default.png');
console.log('site images written to public/');
