// Re-encoding against the files that fooled byte-level stripping: a second picture with GPS after
// the first one's end, EXIF with a position and orientation, and a pixel bomb.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { endOfFirstImage, jpegWithGps, jpegWithTrailingImage, MARKER, pngBomb } from "../../../../tests/support/photos.ts";
import { reencodePhoto } from "./photo-encoding.ts";

async function encoded(bytes: Buffer) {
  const result = await reencodePhoto(bytes);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.photo;
}

describe("reencodePhoto", () => {
  it("drops a trailing embedded picture with GPS: no metadata, nothing after the end marker", async () => {
    const { bytes, firstEnd } = await jpegWithTrailingImage();
    // The input really carries the position after its first picture.
    expect(bytes.subarray(firstEnd).includes(Buffer.from("Exif"))).toBe(true);
    expect(bytes.includes(Buffer.from(MARKER))).toBe(true);

    const { full, thumbnail } = await encoded(bytes);
    for (const out of [full.bytes, thumbnail.bytes]) {
      expect(out.includes(Buffer.from("Exif"))).toBe(false);
      expect(out.includes(Buffer.from(MARKER))).toBe(false);
      expect(out.includes(Buffer.from("http://ns.adobe.com"))).toBe(false);
      expect(endOfFirstImage(out)).toBe(out.length);
      const meta = await sharp(out).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
    }
    expect(full).toMatchObject({ width: 80, height: 60 });
  });

  it("drops EXIF but turns the picture upright first", async () => {
    const { full } = await encoded(await jpegWithGps({ width: 64, height: 48, orientation: 6 }));
    expect(full.bytes.includes(Buffer.from(MARKER))).toBe(false);
    expect((await sharp(full.bytes).metadata()).exif).toBeUndefined();
    expect(full).toMatchObject({ width: 48, height: 64 });
  });

  it("keeps at most 1600 px on the long side and makes a 320 px thumbnail", async () => {
    const big = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#3a3" } }).png().toBuffer();
    const { full, thumbnail } = await encoded(big);
    expect(full).toMatchObject({ width: 1600, height: 1200 });
    expect(thumbnail).toMatchObject({ width: 320, height: 240 });
    expect((await sharp(full.bytes).metadata()).format).toBe("jpeg");
  });

  it("refuses a pixel bomb before decoding it", async () => {
    expect(await reencodePhoto(pngBomb())).toEqual({ ok: false, reason: "too_many_pixels" });
  });

  it("refuses what is not a picture", async () => {
    expect(await reencodePhoto(Buffer.from("%PDF-1.7 not a photo"))).toEqual({ ok: false, reason: "damaged" });
  });
});
