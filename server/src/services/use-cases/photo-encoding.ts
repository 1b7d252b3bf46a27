// Every photo is decoded and drawn again as a new JPEG: nothing of the uploaded file survives
// but its pixels, so EXIF/XMP/IPTC, a second embedded picture (multi-picture, Ultra HDR,
// motion photos), trailing bytes and polyglot payloads are all gone, whatever the parser sees.
import sharp from "sharp";
import { fitWithin, PHOTO_SIZES } from "../../domain/photos/image.ts";

export type Encoded = {
  full: { bytes: Buffer; width: number; height: number };
  thumbnail: { bytes: Buffer; width: number; height: number };
};

export type EncodeFailure = "too_many_pixels" | "damaged";

/** Thrown by sharp when `limitInputPixels` is passed. */
const PIXEL_LIMIT = /pixel limit/i;

function decoder(bytes: Uint8Array) {
  // failOn "error": a truncated or corrupt file is refused rather than drawn half grey.
  return sharp(bytes, { limitInputPixels: PHOTO_SIZES.maxInputPixels, failOn: "error", sequentialRead: true });
}

async function drawn(bytes: Uint8Array, longSide: number, upright: { width: number; height: number }) {
  const size = fitWithin(upright.width, upright.height, longSide);
  const out = await decoder(bytes)
    .rotate() // apply the EXIF orientation to the pixels, since the EXIF itself is dropped
    .resize(size.width, size.height, { fit: "fill" })
    .flatten({ background: "#ffffff" }) // a transparent PNG becomes white, not black
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  return { bytes: out.data, width: out.info.width, height: out.info.height };
}

/**
 * The picture re-encoded at most 1600 px on its long side, and a 320 px thumbnail, both JPEG
 * without any metadata. Refuses a picture with more than 40 megapixels before decoding it.
 */
export async function reencodePhoto(bytes: Uint8Array): Promise<{ ok: true; photo: Encoded } | { ok: false; reason: EncodeFailure }> {
  try {
    const meta = await decoder(bytes).metadata();
    if (!meta.width || !meta.height) return { ok: false, reason: "damaged" };
    if (meta.width * meta.height > PHOTO_SIZES.maxInputPixels) return { ok: false, reason: "too_many_pixels" };
    // Orientations 5–8 turn the picture a quarter: its upright width is the stored height.
    const turned = (meta.orientation ?? 1) >= 5;
    const upright = turned ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height };
    const full = await drawn(bytes, PHOTO_SIZES.fullLongSide, upright);
    const thumbnail = await drawn(full.bytes, PHOTO_SIZES.thumbnailLongSide, full);
    return { ok: true, photo: { full, thumbnail } };
  } catch (error) {
    return { ok: false, reason: error instanceof Error && PIXEL_LIMIT.test(error.message) ? "too_many_pixels" : "damaged" };
  }
}
