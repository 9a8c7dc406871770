#!/usr/bin/env node
// Draws the toolbar icon (a newspaper page: blue rounded square, a headline bar and two text columns) at
// 16/32/48/128 px into public/icon/. A tiny PNG encoder over node:zlib keeps this free of image libraries.
// Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const SIZES = [16, 32, 48, 128];
const BLUE = [11, 92, 173];
const WHITE = [255, 255, 255];
const LIGHT = [184, 212, 240];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of pixel (x, y) by a rounded rectangle, 4×4 supersampled for smooth edges at 16 px. */
function coverage(x, y, [x0, y0, x1, y1], r) {
  let inside = 0;
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++) {
      const px = x + (sx + 0.5) / 4;
      const py = y + (sy + 0.5) / 4;
      const cx = Math.min(Math.max(px, x0 + r), x1 - r);
      const cy = Math.min(Math.max(py, y0 + r), y1 - r);
      if (px >= x0 && px <= x1 && py >= y0 && py <= y1 && (px - cx) ** 2 + (py - cy) ** 2 <= r * r) inside++;
    }
  return inside / 16;
}

function draw(size) {
  const s = size / 16; // design grid: 16 units
  const shapes = [
    { rect: [0.5, 0.5, 15.5, 15.5], r: 3, color: BLUE },
    { rect: [3, 3, 13, 5.5], r: 0.6, color: WHITE }, // headline
    { rect: [3, 7, 7.5, 8.2], r: 0.3, color: LIGHT }, // left column
    { rect: [3, 9.4, 7.5, 10.6], r: 0.3, color: LIGHT },
    { rect: [3, 11.8, 7.5, 13], r: 0.3, color: LIGHT },
    { rect: [8.5, 7, 13, 8.2], r: 0.3, color: LIGHT }, // right column
    { rect: [8.5, 9.4, 13, 10.6], r: 0.3, color: LIGHT },
    { rect: [8.5, 11.8, 11, 13], r: 0.3, color: LIGHT },
  ];
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const { rect, r: radius, color } of shapes) {
        const c = coverage(
          x,
          y,
          rect.map((v) => v * s),
          radius * s,
        );
        if (!c) continue;
        // "over" compositing
        const outA = c + a * (1 - c);
        [r, g, b] = [0, 1, 2].map((i) => (color[i] * c + [r, g, b][i] * a * (1 - c)) / outA);
        a = outA;
      }
      const o = (y * size + x) * 4;
      rgba[o] = Math.round(r);
      rgba[o + 1] = Math.round(g);
      rgba[o + 2] = Math.round(b);
      rgba[o + 3] = Math.round(a * 255);
    }
  return encodePng(size, rgba);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(OUT, `${size}.png`), draw(size));
  console.log(`icon/${size}.png`);
}
