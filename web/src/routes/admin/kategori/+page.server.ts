// Categories and routing: every category with its regency-wide agency, and adding a category.
import { fail, redirect } from '@sveltejs/kit';
import { execute, graphql, type ResultOf } from '$lib/graphql';
import { type FieldError, withDone } from '../support';
import { readCategory } from './category-form';
import type { Actions, PageServerLoad } from './$types';

export type ListedCategory = ResultOf<typeof Categories>['adminCategories'][number];

const Categories = graphql(/* GraphQL */ `
	query AdminCategories {
		adminCategories { id name active routes { id region { code } agency { shortName } } }
	}
`);

const Save = graphql(/* GraphQL */ `
	mutation AdminAddCategory($input: CategoryInput!) {
		saveCategory(input: $input) { category { id } errors { field code message } }
	}
`);

export const load: PageServerLoad = async ({ locals }) => {
	const { adminCategories } = await execute(locals, Categories);
	return { categories: adminCategories };
};

export const actions: Actions = {
	add: async ({ request, locals }) => {
		const { values, input } = readCategory(await request.formData(), false);
		const { saveCategory } = await execute(locals, Save, { input });
		if (!saveCategory.category) return fail(400, { values, errors: saveCategory.errors });
		redirect(303, withDone(`/admin/kategori/${saveCategory.category.id}`, 'categorySaved'));
	}
};
