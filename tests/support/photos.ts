// Real photos for tests, made with sharp: a JPEG carrying EXIF with a GPS position, the same
// with a second picture after its end (as multi-picture, Ultra HDR and motion photos do), and a
// PNG whose header claims 20000×20000 pixels (a pixel bomb).
import { deflateSync } from "node:zlib";
import sharp from "sharp";

export const MARKER = "Suara-Kamera-Rahasia";

/** A JPEG with EXIF (camera make `MARKER`, GPS south of the equator) and an orientation. */
export async function jpegWithGps(options: { width?: number; height?: number; orientation?: number; colour?: string } = {}): Promise<Buffer> {
  const { width = 64, height = 48, orientation = 1, colour = "#c33" } = options;
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .withExif({
      IFD0: { Make: MARKER, ImageDescription: "Rumah Daeng Ngai" },
      IFD3: { GPSLatitudeRef: "S", GPSLatitude: "5/1 18/1 42/1", GPSLongitudeRef: "E", GPSLongitude: "119/1 25/1 7/1" },
    })
    .withMetadata({ orientation })
    .jpeg()
    .toBuffer();
}

/** A JPEG followed by a second JPEG with its own GPS EXIF, after the first one's end marker. */
export async function jpegWithTrailingImage(): Promise<{ bytes: Buffer; firstEnd: number }> {
  const first = await sharp({ create: { width: 80, height: 60, channels: 3, background: "#36c" } }).jpeg().toBuffer();
  const second = await jpegWithGps({ width: 40, height: 30 });
  return { bytes: Buffer.concat([first, second]), firstEnd: first.length };
}

/** Where the first end-of-image marker (FF D9) is, plus its two bytes; -1 when none. */
export function endOfFirstImage(bytes: Buffer): number {
  const at = bytes.indexOf(Buffer.from([0xff, 0xd9]));
  return at === -1 ? -1 : at + 2;
}

/** A small PNG file whose header says 20000×20000 pixels (400 megapixels of one colour). */
export function pngBomb(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const side = 20000;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // 1-bit greyscale
  // Only the first rows are really there: enough for a decoder to start, far too few to finish.
  const rows = Buffer.alloc((1 + side / 8) * 64);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The smallest client postPhotos needs: its cookies (one "browser"). */
type CookieClient = { cookies: Map<string, string>; cookieHeader(): string };

/**
 * Posts photos to the server's /unggah as a browser would (multipart, with the client's cookies,
 * taking the cookies it sets), with any other fields (fotoId, keterangan, tujuan, hapus, lanjut).
 * JSON is asked for unless `json: false` (a plain form post, answered with a redirect).
 */
export async function postPhotos(
  baseUrl: string,
  client: CookieClient,
  files: { name: string; bytes: Buffer; type?: string }[],
  options: { json?: boolean; fields?: Record<string, string> } = {},
): Promise<Response> {
  const form = new FormData();
  for (const [k, v] of Object.entries(options.fields ?? {})) form.append(k, v);
  for (const f of files) form.append("foto", new Blob([new Uint8Array(f.bytes)], { type: f.type ?? "image/jpeg" }), f.name);
  const response = await fetch(`${baseUrl}/unggah`, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { cookie: client.cookieHeader(), ...(options.json === false ? {} : { accept: "application/json" }) },
  });
  for (const setCookie of response.headers.getSetCookie()) {
    const [pair] = setCookie.split(";");
    const [name, value] = pair!.split("=");
    client.cookies.set(name!, value!);
  }
  return response;
}
