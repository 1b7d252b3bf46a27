// Makes the app icons of the web manifest from web/static/favicon.svg: plain 192/512 px PNGs, and
// maskable ones whose mark sits inside the 80% safe circle on the brand green, so a launcher's
// round or squircle mask never cuts it. Run after changing the favicon; the PNGs are committed.
//   npx tsx scripts/pwa-icons.ts
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");
const svg = fs.readFileSync(path.join(root, "web/static/favicon.svg"));
const out = path.join(root, "web/static/icons");
/** The favicon's own background, so a maskable icon's margin matches it. */
const brand = "#005a30";

fs.mkdirSync(out, { recursive: true });
for (const size of [192, 512]) {
  await sharp(svg, { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(out, `suara-${size}.png`));
  // The mark at 60% of the side (its rounded square within the safe zone), on a full-bleed green.
  const inner = Math.round(size * 0.6);
  const mark = await sharp(svg, { density: (72 * inner) / 32 }).resize(inner, inner).png().toBuffer();
  await sharp({ create: { width: size, height: size, channels: 4, background: brand } })
    .composite([{ input: mark, gravity: "centre" }])
    .png({ compressionLevel: 9 })
    .toFile(path.join(out, `suara-maskable-${size}.png`));
}
console.log(`icons written to ${path.relative(root, out)}`);
