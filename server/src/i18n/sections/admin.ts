// API sentences for one area, in Bahasa Indonesia and English; messages.ts merges them in.
import type { Section } from "./section.ts";

export const adminMessages: Section = { id: {}, en: {} };
