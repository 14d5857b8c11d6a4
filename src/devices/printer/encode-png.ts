import type { Bitmap } from "./bitmap";

/**
 * Encodes a 1-bit bitmap as a PNG (greyscale, bit depth 1, 1 = white in PNG, so bits are inverted). The
 * image data is stored in uncompressed deflate blocks: no compression library, and the same code runs in
 * browsers and Node. A 576 × 2000 receipt is about 144 KB.
 *
 * @param bitmap - the image (1 = black)
 * @returns the PNG file bytes
 * @public
 */
export function encodePng(bitmap: Bitmap): Uint8Array {
  const rowBytes = bitmap.width / 8;
  const raw = new Uint8Array((rowBytes + 1) * bitmap.height);
  for (let y = 0; y < bitmap.height; y += 1) {
    const start = y * (rowBytes + 1);
    raw[start] = 0; // filter type None
    for (let x = 0; x < rowBytes; x += 1) raw[start + 1 + x] = ~(bitmap.data[y * rowBytes + x] ?? 0) & 0xff;
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, bitmap.width);
  view.setUint32(4, bitmap.height);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, adaptive filtering, no interlace
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlibStored(raw)),
    chunk("IEND", new Uint8Array()),
  ]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let index = 0; index < 4; index += 1) out[4 + index] = type.charCodeAt(index);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** zlib stream of stored deflate blocks (at most 65,535 bytes each) with its Adler-32 trailer. */
function zlibStored(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [new Uint8Array([0x78, 0x01])];
  for (let offset = 0; offset < data.length || offset === 0; offset += 0xffff) {
    const block = data.subarray(offset, offset + 0xffff);
    const isLast = offset + 0xffff >= data.length ? 1 : 0;
    const head = new Uint8Array([
      isLast,
      block.length & 0xff,
      block.length >> 8,
      ~block.length & 0xff,
      (~block.length >> 8) & 0xff,
    ]);
    parts.push(head, block);
    if (data.length === 0) break;
  }
  const trailer = new Uint8Array(4);
  new DataView(trailer.buffer).setUint32(0, adler32(data));
  parts.push(trailer);
  return concat(parts);
}

function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    // Bitwise CRC-32 (polynomial 0xEDB88320); receipts are small, so no lookup table is kept.
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
