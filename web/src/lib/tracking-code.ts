// Tracking codes look like GWA-7K3P-9Q: people type them in any case, with or without dashes.

/** Uppercases, trims and puts the dashes back for the usual three-four-two shape. */
export function normaliseTrackingCode(input: string): string {
	const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
	if (/^[A-Z]{3}[A-Z0-9]{6}$/.test(compact)) {
		return `${compact.slice(0, 3)}-${compact.slice(3, 7)}-${compact.slice(7)}`;
	}
	// Another shape: keep the person's dashes (any kind), drop spaces; the server decides.
	return input
		.trim()
		.toUpperCase()
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/\s+/g, '');
}

/** Letters and digits one by one, group by group, for reading the code aloud: "G W A – 7 K 3 P – 9 Q". */
export function spellTrackingCode(code: string): string {
	return code
		.split('-')
		.filter(Boolean)
		.map((group) => [...group].join(' '))
		.join(' – ');
}
