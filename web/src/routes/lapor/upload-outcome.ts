// What a plain (no JavaScript) upload to /unggah brings back: the server answers with a redirect
// to the step, the outcome in the address (how many stored, removed, or the issue and its file).
// The photo step and the consent step (the slip's photo) read it, and say it, the same way.
import type { I18n } from '$lib/i18n/context';

/** The server's photo limits (server/src/services/use-cases/attachments.ts PHOTO_LIMITS), for the copy. */
export const photoLimits = { max: 5, maxMb: 10, maxMp: 40 } as const;

export const uploadIssueCodes = [
	'too_large',
	'too_many_pixels',
	'wrong_type',
	'heic',
	'too_many',
	'damaged',
	'empty',
	'quota',
	'disk_full',
	'slip_unasked'
] as const;
export type UploadIssueCode = (typeof uploadIssueCodes)[number];

export interface UploadOutcome {
	issue: UploadIssueCode | null;
	fileName: string;
	stored: number;
	removed: boolean;
}

export function uploadOutcome(url: URL): UploadOutcome {
	const code = url.searchParams.get('galat');
	const stored = Number(url.searchParams.get('foto') ?? '');
	return {
		issue: (uploadIssueCodes as readonly string[]).includes(code ?? '') ? (code as UploadIssueCode) : null,
		fileName: (url.searchParams.get('berkas') ?? '').slice(0, 120),
		stored: Number.isInteger(stored) && stored > 0 ? stored : 0,
		removed: url.searchParams.get('dihapus') === '1'
	};
}

/** A photo problem in the person's words, with the file's name and the limits it broke. */
export function uploadIssueText(i18n: I18n, code: string, fileName: string): string {
	return i18n
		.t(`filing.photo.${code}` as 'filing.photo.empty', { fileName, maxMb: photoLimits.maxMb, max: photoLimits.max, maxMp: photoLimits.maxMp })
		.replace(/\s+/g, ' ');
}
