// Page copy for one area of the app, in Bahasa Indonesia and English. id.ts and en.ts spread
// these in; the key type makes both languages carry the same keys.
export const accountId = {} as const;

export const accountEn: Record<keyof typeof accountId, string> = {};
