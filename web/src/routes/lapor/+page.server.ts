// The start page: what Suara does, the three kinds, what happens next. If this phone has an
// unfinished report, it offers to carry on or to start again.
import { redirect } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import { journey, steps } from './filing';
import type { Actions, PageServerLoad } from './$types';

const Draft = graphql(/* GraphQL */ `
	query FilingStart { draft { step answers { assisted } } }
`);

const Discard = graphql(/* GraphQL */ `
	mutation FilingDiscard { discardDraft }
`);

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const { draft } = await execute(locals, Draft);
	const order: readonly string[] = journey(draft?.answers.assisted === true);
	const saved = draft ? order.indexOf(draft.step) : -1;
	// Carry on after the last step saved (a draft from before the steps existed starts at the first).
	const resume = !draft ? null : saved === -1 ? `/lapor/${order[0]}` : saved === order.length - 1 ? '/lapor/periksa' : `/lapor/${order[saved + 1]}`;
	return { resume };
};

export const actions: Actions = {
	mulaiBaru: async ({ locals }) => {
		await execute(locals, Discard);
		redirect(303, `/lapor/${steps[0]}`);
	}
};
