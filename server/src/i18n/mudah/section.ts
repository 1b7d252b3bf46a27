/**
 * A part of the API's easy-read catalogue: wordings that lay over the standard Bahasa Indonesia
 * (same keys, same {placeholders}), and keys residents read whose standard wording is already plain.
 */
export type EasySection = { mudah: Record<string, string>; plain: readonly string[] };
