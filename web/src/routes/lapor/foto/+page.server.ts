import { loadStep, stepAction } from '../filing.server';
import type { Actions, PageServerLoad } from './$types';

/** The server's photo limits (server/src/services/use-cases/attachments.ts PHOTO_LIMITS), for the copy. */
const photoLimits = { max: 5, maxMb: 10, maxMp: 40 } as const;
const issueCodes = ['too_large', 'too_many_pixels', 'wrong_type', 'heic', 'too_many', 'damaged', 'empty', 'quota', 'disk_full'] as const;

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const step = await loadStep('foto', locals, url, setHeaders);
	// A plain (no JavaScript) upload comes back here with its outcome in the address.
	const code = url.searchParams.get('galat');
	const stored = Number(url.searchParams.get('foto') ?? '');
	return {
		...step,
		limits: photoLimits,
		outcome: {
			issue: (issueCodes as readonly string[]).includes(code ?? '') ? (code as (typeof issueCodes)[number]) : null,
			fileName: (url.searchParams.get('berkas') ?? '').slice(0, 120),
			stored: Number.isInteger(stored) && stored > 0 ? stored : 0,
			removed: url.searchParams.get('dihapus') === '1'
		}
	};
};

export const actions: Actions = { default: stepAction('foto') };
