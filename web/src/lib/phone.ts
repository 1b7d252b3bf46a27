// A stored number (+62…) as people in Indonesia write and read it: 0812 3456 7890. The link to
// call it keeps the international form.

/** "+6281234567890" → "0812 3456 7890"; anything else is returned as it is. */
export function localPhone(stored: string): string {
	const match = /^\+62(\d{6,12})$/.exec(stored);
	if (!match) return stored;
	const digits = `0${match[1]}`;
	return [digits.slice(0, 4), digits.slice(4, 8), digits.slice(8)].filter(Boolean).join(' ');
}
