// Draws the toolbar icon as PNG bytes with no image library: two offset rounded cards (the same story seen
// from two outlets — a parallax). Supersampled 4× per pixel so small sizes stay smooth.
import { deflateSync } from 'node:zlib';

const BLUE = [47, 95, 208];
const ORANGE = [240, 160, 48];

function crc32(bytes) {
  let c;
  let crc = 0xffffffff;
  for (let n = 0; n < bytes.length; n++) {
    c = (crc ^ bytes[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Inside a rounded rectangle [x0,y0,x1,y1] (unit coordinates) with corner radius r? */
function inRounded(x, y, [x0, y0, x1, y1], r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

export function drawIcon(size) {
  const back = [0.3, 0.06, 0.94, 0.7];
  const front = [0.06, 0.3, 0.7, 0.94];
  const lines = [0.46, 0.6, 0.74].map((y) => [0.16, y, 0.6, y + 0.06]);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const S = 4;
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let color = null;
          if (inRounded(x, y, front, 0.1)) color = lines.some((l) => inRounded(x, y, l, 0.02)) ? [255, 255, 255] : BLUE;
          else if (inRounded(x, y, back, 0.1)) color = ORANGE;
          if (color) {
            r += color[0]; g += color[1]; b += color[2]; a += 255;
          }
        }
      }
      const n = S * S;
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const cover = a / n;
      raw[o] = cover ? Math.round((r / n) * (255 / cover)) : 0;
      raw[o + 1] = cover ? Math.round((g / n) * (255 / cover)) : 0;
      raw[o + 2] = cover ? Math.round((b / n) * (255 / cover)) : 0;
      raw[o + 3] = Math.round(cover);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 48, 128];
