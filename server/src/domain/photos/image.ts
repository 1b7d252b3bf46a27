// Photos as bytes: what they really are (by their first bytes, not their name), how big they
// say they are, and the sizes Suara keeps them at. Pure: no I/O, no image decoding (the
// re-encoding that drops every metadata block lives in
// services/use-cases/photo-encoding.ts).

export type ImageType = "image/jpeg" | "image/png" | "image/webp";

export type Sniffed =
  | { kind: "image"; type: ImageType }
  | { kind: "heic" } // HEIC/HEIF: the phone's browser must convert it first
  | { kind: "unknown" };

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

export function sniffImage(head: Uint8Array): Sniffed {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) {
    return { kind: "image", type: "image/jpeg" };
  }
  if (head.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => head[i] === b)) {
    return { kind: "image", type: "image/png" };
  }
  if (head.length >= 12 && ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 4) === "WEBP") {
    return { kind: "image", type: "image/webp" };
  }
  if (head.length >= 12 && ascii(head, 4, 4) === "ftyp") {
    const brand = ascii(head, 8, 4);
    if (["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"].includes(brand)) return { kind: "heic" };
  }
  return { kind: "unknown" };
}

/** Width and height in pixels, or null when the header does not say. */
export function imageSize(type: ImageType, bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === "image/png") {
    if (bytes.length < 24 || ascii(bytes, 12, 4) !== "IHDR") return null;
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (type === "image/webp") {
    const chunk = ascii(bytes, 12, 4);
    if (chunk === "VP8X" && bytes.length >= 30) {
      const w = 1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16));
      const h = 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16));
      return { width: w, height: h };
    }
    if (chunk === "VP8 " && bytes.length >= 30) {
      return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
    }
    if (chunk === "VP8L" && bytes.length >= 25) {
      const bits = view.getUint32(21, true);
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    return null;
  }
  let offset = 2;
  while (offset + 9 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    const length = view.getUint16(offset + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    if (marker === 0xda) return null;
    offset += 2 + length;
  }
  return null;
}

/** What Suara keeps: the full picture, a thumbnail for pages, and the most it will decode. */
export const PHOTO_SIZES = {
  /** Long side of the stored picture, in pixels. */
  fullLongSide: 1600,
  /** Long side of the thumbnail shown on pages. */
  thumbnailLongSide: 320,
  /** A picture with more pixels than this is refused before it is decoded (a pixel bomb). */
  maxInputPixels: 40_000_000,
} as const;

/** The size that fits within `longSide` keeping the shape; never larger than the original. */
export function fitWithin(width: number, height: number, longSide: number): { width: number; height: number } {
  const scale = Math.min(1, longSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Whether a picture of this size may be decoded at all. */
export function isDecodable(size: { width: number; height: number }): boolean {
  return size.width > 0 && size.height > 0 && size.width * size.height <= PHOTO_SIZES.maxInputPixels;
}
