// Phone numbers: what a person types (0812…, +62 812…, (0411) 861234) and what is stored and sent.

/** Indonesian mobile and landline numbers: 0812…, +62812…, 62812…; stored as +62…. */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s\-().]/g, "");
  // "+62 0812…" is a common way of writing it: the trunk 0 after the country code is dropped.
  const match = /^(?:(?:\+62|62)0?|0)([1-9]\d{6,12})$/.exec(digits);
  return match ? `+62${match[1]}` : null;
}

/** Indonesian mobile numbers as gateways expect them: 0812… → +62812…. */
export function internationalPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  if (digits.startsWith("+")) return digits;
  if (digits.startsWith("62")) return `+${digits}`;
  if (digits.startsWith("0")) return `+62${digits.slice(1)}`;
  return digits;
}
