import { loadStep, stepAction } from '../filing.server';
import { photoLimits, uploadOutcome } from '../upload-outcome';
import type { Actions, PageServerLoad } from './$types';

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const step = await loadStep('foto', locals, url, setHeaders);
	// A plain (no JavaScript) upload comes back here with its outcome in the address.
	return { ...step, limits: photoLimits, outcome: uploadOutcome(url) };
};

export const actions: Actions = { default: stepAction('foto') };
