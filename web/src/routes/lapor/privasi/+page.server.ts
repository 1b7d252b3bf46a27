import { loadStep, stepAction } from '../filing.server';
import { loadPrivacyPreview } from '../privacy-preview.server';
import type { Actions, PageServerLoad } from './$types';

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const [step, preview] = await Promise.all([loadStep('privasi', locals, url, setHeaders), loadPrivacyPreview(locals)]);
	return { ...step, preview };
};

export const actions: Actions = { default: stepAction('privasi') };
