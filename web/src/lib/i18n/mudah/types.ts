// The shapes of an easy-read section: wordings that lay over id.ts (plus `explain.*` boxes that
// exist only in easy-read), and the keys whose standard wording is already plain.
import type { MessageKey } from '../id';

export type EasyOverlay = { [K in MessageKey]?: string } & { [K: `explain.${string}`]: string };
export type PlainList = readonly MessageKey[];
