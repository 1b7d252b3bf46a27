// The start page: what Suara does, the three kinds, what happens next. If this phone has an
// unfinished report, it offers to carry on or to start again.
import { redirect } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import { isShellRequest } from '$lib/pwa/shell.server';
import { resumeAt, steps } from './filing';
import type { Actions, PageServerLoad } from './$types';

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;

const Draft = graphql(/* GraphQL */ `
	query FilingStart { draft { step answers { assisted } } }
`);

const Discard = graphql(/* GraphQL */ `
	mutation FilingDiscard { discardDraft }
`);

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	// The service worker's shell (see $lib/pwa/policy): no draft read; the page offers the one on the phone.
	const { draft } = isShellRequest() ? { draft: null } : await execute(locals, Draft);
	return { resume: resumeAt(draft) };
};

export const actions: Actions = {
	mulaiBaru: async ({ locals }) => {
		await execute(locals, Discard);
		redirect(303, `/lapor/${steps[0]}`);
	},
	// "Hapus draf": the server's draft too (the page has removed the phone's copy), then back here.
	hapus: async ({ locals }) => {
		await execute(locals, Discard);
		redirect(303, '/lapor');
	}
};
