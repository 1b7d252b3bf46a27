// One category: its names and hints, whether residents can pick it, and who handles it where.
import { error, fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type ResultOf } from '$lib/graphql';
import { t } from '$lib/i18n';
import { type FieldError, withDone } from '../../support';
import { readCategory } from '../category-form';
import type { Actions, PageServerLoad } from './$types';

export type Rule = NonNullable<ResultOf<typeof Category>['adminCategory']>['routes'][number];

const Category = graphql(/* GraphQL */ `
	query AdminCategory($id: ID!) {
		adminCategory(id: $id) {
			id name nameId nameEn hintId hintEn active
			routes { id region { code name } agency { id name } }
		}
		adminRegions { code name level }
		agencies { id name }
	}
`);

const Save = graphql(/* GraphQL */ `
	mutation AdminSaveCategory($input: CategoryInput!) {
		saveCategory(input: $input) { category { id } errors { field code message } }
	}
`);

const SaveRule = graphql(
	/* GraphQL */ `
		mutation AdminSaveRoutingRule($input: RoutingRuleInput!) {
			saveRoutingRule(input: $input) { category { id } errors { field code message } }
		}
	`
);

const RemoveRule = graphql(/* GraphQL */ `
	mutation AdminRemoveRoutingRule($ruleId: ID!) {
		removeRoutingRule(ruleId: $ruleId) { category { id } errors { field code message } }
	}
`);

export const load: PageServerLoad = async ({ locals, params }) => {
	const data = await execute(locals, Category, { id: params.id });
	if (!data.adminCategory) error(404, { message: t(locals.locale, 'error.notFound.text'), code: 'not_found' });
	// Only kecamatan here: the regency itself is the empty choice ("the whole regency").
	const districts = data.adminRegions.filter((r) => r.level === 'DISTRICT');
	return { category: data.adminCategory, districts, agencies: data.agencies };
};

const here = (id: string) => `/admin/kategori/${id}`;

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const { values, input } = readCategory(await request.formData(), true);
		const { saveCategory } = await execute(locals, Save, { input: { ...input, id: params.id } });
		if (!saveCategory.category) return fail(400, { form: 'save', values, errors: saveCategory.errors });
		redirect(303, withDone(here(params.id), 'categorySaved'));
	},
	rule: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values = { routeRegionCode: textOf(form, 'routeRegionCode'), routeAgencyId: textOf(form, 'routeAgencyId') };
		const { saveRoutingRule } = await execute(locals, SaveRule, {
			input: { categoryId: params.id, regionCode: values.routeRegionCode, agencyId: values.routeAgencyId || null }
		});
		if (!saveRoutingRule.category) return fail(400, { form: 'rule', values, errors: saveRoutingRule.errors });
		redirect(303, withDone(here(params.id), 'routeSaved'));
	},
	removeRule: async ({ request, locals, params }) => {
		const { removeRoutingRule } = await execute(locals, RemoveRule, { ruleId: textOf(await request.formData(), 'ruleId') });
		if (!removeRoutingRule.category) return fail(400, { form: 'removeRule', values: {}, errors: removeRoutingRule.errors });
		redirect(303, withDone(here(params.id), 'routeRemoved'));
	}
};
