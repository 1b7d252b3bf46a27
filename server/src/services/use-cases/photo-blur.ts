// The public copy of a photo with regions made unrecognisable: each region is first shrunk to a
// few blocks (averaging away every detail a face or a number plate has), drawn back at its size,
// then blurred so the blocks' edges give nothing away either. What is hidden cannot be recovered
// from the copy, because its pixels were never copied: only a handful of averages were.
import sharp from "sharp";
import { fitWithin, PHOTO_SIZES } from "../../domain/photos/image.ts";
import { pixelBox, type Region } from "../../domain/privacy/redaction.ts";
import type { Encoded } from "./photo-encoding.ts";

/** Blocks across a region's long side: few enough that no feature survives. */
const BLOCKS = 4;

async function obscured(picture: Buffer, box: { left: number; top: number; width: number; height: number }): Promise<Buffer> {
  const scale = BLOCKS / Math.max(box.width, box.height);
  const small = await sharp(picture)
    .extract(box)
    .resize(Math.max(1, Math.round(box.width * scale)), Math.max(1, Math.round(box.height * scale)), { fit: "fill" })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const block = Math.max(box.width, box.height) / BLOCKS;
  return sharp(small.data, { raw: { width: small.info.width, height: small.info.height, channels: small.info.channels } })
    .resize(box.width, box.height, { fit: "fill", kernel: "nearest" })
    .blur(Math.max(0.3, Math.min(block / 2, 200)))
    .png()
    .toBuffer();
}

/** The full picture with the regions obscured, and its thumbnail, as new JPEGs without metadata. */
export async function blurRegions(full: Buffer, regions: readonly Region[]): Promise<Encoded> {
  const meta = await sharp(full).metadata();
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  const boxes = regions.map((r) => pixelBox(r, width, height)).filter((b) => b !== null);
  const layers = await Promise.all(boxes.map(async (box) => ({ input: await obscured(full, box), left: box.left, top: box.top })));
  const out = await sharp(full).composite(layers).jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true });
  const size = fitWithin(out.info.width, out.info.height, PHOTO_SIZES.thumbnailLongSide);
  const thumb = await sharp(out.data).resize(size.width, size.height, { fit: "fill" }).jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true });
  return {
    full: { bytes: out.data, width: out.info.width, height: out.info.height },
    thumbnail: { bytes: thumb.data, width: thumb.info.width, height: thumb.info.height },
  };
}
