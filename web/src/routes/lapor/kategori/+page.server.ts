import { execute, graphql } from '$lib/graphql';
import { loadStep, stepAction } from '../filing.server';
import type { Actions, PageServerLoad } from './$types';

const Categories = graphql(/* GraphQL */ `
	query FilingCategories { categories { id name hint } }
`);

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const [step, { categories }] = await Promise.all([loadStep('kategori', locals, url, setHeaders), execute(locals, Categories)]);
	return { ...step, categories };
};

export const actions: Actions = { default: stepAction('kategori') };
