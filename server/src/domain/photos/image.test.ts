import { describe, expect, it } from "vitest";
import { fitWithin, imageSize, isDecodable, PHOTO_SIZES, sniffImage } from "./image.ts";

const bytes = (...parts: (number[] | string | Uint8Array)[]) =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : [...p])),
  );
const be16 = (n: number) => [n >> 8, n & 0xff];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
const segment = (marker: number, payload: Uint8Array) => bytes([0xff, marker], be16(payload.length + 2), payload);
const contains = (haystack: Uint8Array, needle: string) => Buffer.from(haystack).includes(Buffer.from(needle, "latin1"));

/** A TIFF block (big-endian) with Orientation and a GPS IFD holding a latitude marker text. */
function tiffWithGps(orientation: number): Uint8Array {
  // IFD0 at 8: 2 entries (Orientation, GPS pointer → 38); GPS IFD at 38: 1 ASCII entry → 56.
  return bytes(
    "MM", [0x00, 0x2a], be32(8),
    be16(2),
    be16(0x0112), be16(3), be32(1), be16(orientation), [0, 0],
    be16(0x8825), be16(4), be32(1), be32(38),
    be32(0),
    be16(1),
    be16(0x0001), be16(2), be32(16), be32(56),
    be32(0),
    "GPS-5.3117S119.4321E",
  );
}

function jpeg(options: { orientation?: number; extras?: boolean } = {}): Uint8Array {
  const parts: Uint8Array[] = [bytes([0xff, 0xd8])];
  parts.push(segment(0xe0, bytes("JFIF\0", [1, 2, 0, 0, 1, 0, 1, 0, 0])));
  if (options.orientation) parts.push(segment(0xe1, bytes("Exif\0\0", tiffWithGps(options.orientation))));
  if (options.extras) {
    parts.push(segment(0xe1, bytes("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Makassar</x:xmpmeta>")));
    parts.push(segment(0xed, bytes("Photoshop 3.0\0IPTC-City:Sungguminasa")));
    parts.push(segment(0xfe, bytes("Taken by Daeng Ngai")));
    parts.push(segment(0xe2, bytes("ICC_PROFILE\0colour")));
  }
  parts.push(segment(0xc0, bytes([8], be16(480), be16(640), [3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1])));
  parts.push(segment(0xda, bytes([1, 1, 0, 0, 0x3f, 0])), bytes([0x12, 0x34, 0x56, 0xff, 0xd9]));
  return bytes(...parts);
}

function pngChunk(type: string, data: Uint8Array) {
  return bytes(be32(data.length), type, data, [0, 0, 0, 0]);
}
function png(): Uint8Array {
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk("IHDR", bytes(be32(320), be32(200), [8, 2, 0, 0, 0])),
    pngChunk("tEXt", bytes("Location\0Bontonompo")),
    pngChunk("eXIf", tiffWithGps(1)),
    pngChunk("IDAT", bytes([1, 2, 3])),
    pngChunk("IEND", bytes()),
  );
}

function webpChunk(type: string, data: Uint8Array) {
  return bytes(type, le32(data.length), data, data.length % 2 ? [0] : []);
}
function webp(): Uint8Array {
  const vp8x = bytes([0x0c | 0x10, 0, 0, 0], [0x3f, 0x01, 0x00], [0xc7, 0x00, 0x00]); // 320×200, EXIF+XMP+alpha flags
  const body = bytes(
    "WEBP",
    webpChunk("VP8X", vp8x),
    webpChunk("VP8L", bytes([0x2f, 1, 2, 3, 4])),
    webpChunk("EXIF", tiffWithGps(1)),
    webpChunk("XMP ", bytes("<x:xmpmeta>Gowa</x:xmpmeta>")),
  );
  return bytes("RIFF", le32(body.length), body);
}

describe("sniffImage", () => {
  it.each([
    ["JPEG", jpeg(), { kind: "image", type: "image/jpeg" }],
    ["PNG", png(), { kind: "image", type: "image/png" }],
    ["WebP", webp(), { kind: "image", type: "image/webp" }],
    ["HEIC", bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0]), { kind: "heic" }],
    ["HEIF mif1", bytes([0, 0, 0, 0x18], "ftypmif1", [0, 0, 0, 0]), { kind: "heic" }],
    ["a PDF named photo.jpg", bytes("%PDF-1.7 ..."), { kind: "unknown" }],
    ["an MP4", bytes([0, 0, 0, 0x18], "ftypisom", [0, 0, 0, 0]), { kind: "unknown" }],
    ["nothing", bytes(), { kind: "unknown" }],
  ])("%s", (_name, head, expected) => {
    expect(sniffImage(head)).toEqual(expected);
  });
});


describe("fitWithin", () => {
  it.each([
    ["a landscape phone photo", 4000, 3000, 1600, { width: 1600, height: 1200 }],
    ["a portrait phone photo", 3000, 4000, 320, { width: 240, height: 320 }],
    ["a picture already small enough", 800, 600, 1600, { width: 800, height: 600 }],
    ["a thin panorama keeps at least a pixel", 20000, 10, 320, { width: 320, height: 1 }],
  ])("%s", (_name, w, h, side, expected) => expect(fitWithin(w, h, side)).toEqual(expected));
});

describe("isDecodable", () => {
  it.each([
    [4000, 3000, true],
    [8000, 5000, true],
    [20000, 20000, false],
    [PHOTO_SIZES.maxInputPixels + 1, 1, false],
    [0, 100, false],
  ])("%i×%i → %s", (width, height, expected) => expect(isDecodable({ width, height })).toBe(expected));
});

describe("imageSize", () => {
  it.each([
    ["JPEG", "image/jpeg" as const, jpeg({ orientation: 6, extras: true }), { width: 640, height: 480 }],
    ["PNG", "image/png" as const, png(), { width: 320, height: 200 }],
    ["WebP", "image/webp" as const, webp(), { width: 320, height: 200 }],
  ])("reads a %s header", (_name, type, data, expected) => expect(imageSize(type, data)).toEqual(expected));
});
