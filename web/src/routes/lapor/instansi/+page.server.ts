import { execute, graphql } from '$lib/graphql';
import { loadStep, stepAction } from '../filing.server';
import type { Actions, PageServerLoad } from './$types';

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;

const Agencies = graphql(/* GraphQL */ `
	query FilingAgencies { agencies { id name shortName } }
`);

const Suggestion = graphql(/* GraphQL */ `
	query FilingAgencySuggestion($categoryId: String!, $placeCode: String) {
		agencySuggestion(categoryId: $categoryId, placeCode: $placeCode) { id name shortName }
	}
`);

/** A region code as the API accepts it; anything else (a tampered answer) gets no suggestion. */
const regionCodePattern = /^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/;

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const [step, { agencies }] = await Promise.all([loadStep('instansi', locals, url, setHeaders), execute(locals, Agencies)]);
	const { categoryId, villageCode, districtCode } = step.values;
	const placeCode = villageCode || districtCode || null;
	// The suggestion depends only on the answers (category and place) and the routing table.
	const suggestion = categoryId
		? (await execute(locals, Suggestion, { categoryId, placeCode: placeCode && regionCodePattern.test(placeCode) ? placeCode : null })).agencySuggestion
		: null;
	return { ...step, agencies, suggestion };
};

export const actions: Actions = { default: stepAction('instansi') };
