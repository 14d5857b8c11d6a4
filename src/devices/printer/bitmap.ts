/**
 * A 1-bit image: rows packed 8 pixels a byte, most significant bit leftmost, 1 = black.
 *
 * @public
 */
export interface Bitmap {
  /** Width in pixels, a multiple of 8. */
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/**
 * A blank (white) bitmap.
 *
 * @param width - pixels, rounded up to a multiple of 8
 * @param height - pixels
 * @returns the bitmap
 * @internal
 */
export function createBitmap(width: number, height: number): Bitmap {
  const padded = Math.ceil(width / 8) * 8;
  return { width: padded, height, data: new Uint8Array((padded / 8) * height) };
}

/**
 * Sets one pixel black (or white); pixels outside the bitmap are ignored.
 *
 * @internal
 */
export function setPixel(bitmap: Bitmap, x: number, y: number, isBlack = true): void {
  if (x < 0 || y < 0 || x >= bitmap.width || y >= bitmap.height) return;
  const index = y * (bitmap.width / 8) + (x >> 3);
  const mask = 0x80 >> (x & 7);
  const current = bitmap.data[index] ?? 0;
  bitmap.data[index] = isBlack ? current | mask : current & ~mask;
}

/**
 * Reads one pixel (false outside the bitmap).
 *
 * @internal
 */
export function getPixel(bitmap: Bitmap, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= bitmap.width || y >= bitmap.height) return false;
  return ((bitmap.data[y * (bitmap.width / 8) + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) !== 0;
}

/**
 * The RGBA pixels the receipt encoder's `image()` takes (black or white, opaque).
 *
 * @param bitmap - the bitmap
 * @returns an ImageData-shaped object
 * @internal
 */
export function bitmapToImageData(bitmap: Bitmap): {
  width: number;
  height: number;
  data: Uint8ClampedArray;
} {
  const data = new Uint8ClampedArray(bitmap.width * bitmap.height * 4);
  for (let y = 0; y < bitmap.height; y += 1) {
    for (let x = 0; x < bitmap.width; x += 1) {
      const offset = (y * bitmap.width + x) * 4;
      const value = getPixel(bitmap, x, y) ? 0 : 255;
      data[offset] = value;
      data[offset + 1] = value;
      data[offset + 2] = value;
      data[offset + 3] = 255;
    }
  }
  return { width: bitmap.width, height: bitmap.height, data };
}
