// Writes assets/icon.png, the app icon (512×512, what electron-builder needs for every
// platform): an amber lightning bolt — power and energy, the marketplace's industries — on a
// rounded blue square. Plain Node, no image libraries: node assets/make-icon.mjs
// Node's globals are imported, as this folder is linted without them.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { stdout } from 'node:process';
import { URL } from 'node:url';
import { deflateSync } from 'node:zlib';

const size = 512;
const samples = 4; // per axis, for anti-aliased edges
const background = [15, 76, 129];
const bolt = [255, 197, 61];
const radius = 104;
const boltPolygon = [
  [300, 64],
  [142, 292],
  [244, 292],
  [208, 448],
  [372, 212],
  [270, 212],
];

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insidePolygon(x, y, polygon) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// Raw scanlines: a filter byte (0, none) then RGBA per pixel.
const raw = Buffer.alloc(size * (1 + size * 4));
for (let y = 0; y < size; y += 1) {
  const row = y * (1 + size * 4);
  for (let x = 0; x < size; x += 1) {
    let square = 0;
    let boltHits = 0;
    for (let sy = 0; sy < samples; sy += 1) {
      for (let sx = 0; sx < samples; sx += 1) {
        const px = x + (sx + 0.5) / samples;
        const py = y + (sy + 0.5) / samples;
        if (insideRoundedSquare(px, py)) {
          square += 1;
          if (insidePolygon(px, py, boltPolygon)) boltHits += 1;
        }
      }
    }
    const offset = row + 1 + x * 4;
    const t = square === 0 ? 0 : boltHits / square;
    for (let c = 0; c < 3; c += 1) raw[offset + c] = Math.round(background[c] * (1 - t) + bolt[c] * t);
    raw[offset + 3] = Math.round((255 * square) / (samples * samples));
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
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

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
stdout.write(`wrote assets/icon.png (${png.length} bytes)\n`);
