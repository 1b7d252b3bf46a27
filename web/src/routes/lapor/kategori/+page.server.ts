import { execute, graphql } from '$lib/graphql';
import { loadStep, stepAction } from '../filing.server';
import { similarPage, similarTo } from '../similar.server';
import type { Actions, PageServerLoad } from './$types';

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;

const Categories = graphql(/* GraphQL */ `
	query FilingCategories { categories { id name hint } }
`);

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const [step, { categories }] = await Promise.all([loadStep('kategori', locals, url, setHeaders), execute(locals, Categories)]);
	return { ...step, categories };
};

// With the place and the category known, likely duplicates are shown before the agency step; with
// none, the next step opens at once (no extra page on a slow phone).
export const actions: Actions = {
	default: stepAction('kategori', undefined, async (locals, changing, saved) =>
		(await similarTo(locals, saved)).length > 0 ? similarPage(changing) : null
	)
};
