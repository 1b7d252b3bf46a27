// API sentences for one area, in Bahasa Indonesia and English; messages.ts merges them in.
import type { Section } from "./section.ts";

export const staffMessages: Section = { id: {}, en: {} };
