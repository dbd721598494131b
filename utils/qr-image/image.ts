/**
 * Images as plain pixel arrays, so every decoding step runs the same in the page, in a worker and in unit tests.
 * `RgbaImage` is what `ImageData` already is; `GrayImage` is one byte per pixel, a quarter of the work for each step.
 */

/** Structurally an `ImageData`: 4 bytes per pixel, row by row. */
export interface RgbaImage {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

/** One luminance byte per pixel, row by row. */
export interface GrayImage {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

export function createGray(width: number, height: number): GrayImage {
  return { data: new Uint8ClampedArray(width * height), width, height };
}

/**
 * Luminance (Rec. 601 weights) with transparency composited over white: a PNG of a QR code with a transparent
 * background would otherwise turn black on black.
 */
export function toGray(image: RgbaImage): GrayImage {
  const { data, width, height } = image;
  const out = createGray(width, height);
  for (let i = 0, j = 0; j < out.data.length; i += 4, j += 1) {
    const alpha = (data[i + 3] ?? 255) / 255;
    const luma = 0.299 * (data[i] ?? 0) + 0.587 * (data[i + 1] ?? 0) + 0.114 * (data[i + 2] ?? 0);
    out.data[j] = luma * alpha + 255 * (1 - alpha);
  }
  return out;
}

/** Back to RGBA (grey pixels, opaque), the form the QR reader takes. */
export function toRgba(gray: GrayImage): RgbaImage {
  const out = new Uint8ClampedArray(gray.width * gray.height * 4);
  for (let j = 0, i = 0; j < gray.data.length; j += 1, i += 4) {
    const v = gray.data[j] ?? 0;
    out[i] = v;
    out[i + 1] = v;
    out[i + 2] = v;
    out[i + 3] = 255;
  }
  return { data: out, width: gray.width, height: gray.height };
}
