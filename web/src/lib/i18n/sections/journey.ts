// Page copy for one area of the app, in Bahasa Indonesia and English. id.ts and en.ts spread
// these in; the key type makes both languages carry the same keys.
export const journeyId = {} as const;

export const journeyEn: Record<keyof typeof journeyId, string> = {};
