import { loadStep, stepAction } from '../filing.server';
import type { Actions, PageServerLoad } from './$types';

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;

export const load: PageServerLoad = ({ locals, url, setHeaders }) => loadStep('jenis', locals, url, setHeaders);

export const actions: Actions = { default: stepAction('jenis') };
