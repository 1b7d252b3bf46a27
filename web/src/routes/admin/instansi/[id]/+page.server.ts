// One agency: its names, contact and whether it is active.
import { error, fail, redirect } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import { t } from '$lib/i18n';
import { type FieldError, withDone } from '../../support';
import { readAgency } from '../agency-form';
import type { Actions, PageServerLoad } from './$types';

const Agency = graphql(/* GraphQL */ `
	query AdminAgency($id: ID!) { adminAgency(id: $id) { id name shortName phone email address active isSandbox } }
`);

const Save = graphql(/* GraphQL */ `
	mutation AdminSaveAgency($input: AgencyInput!) {
		saveAgency(input: $input) { agency { id } errors { field code message } }
	}
`);

export const load: PageServerLoad = async ({ locals, params }) => {
	const { adminAgency } = await execute(locals, Agency, { id: params.id });
	if (!adminAgency) error(404, { message: t(locals.locale, 'error.notFound.text'), code: 'not_found' });
	return { agency: adminAgency };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const { values, input } = readAgency(await request.formData(), true);
		const { saveAgency } = await execute(locals, Save, { input: { ...input, id: params.id } });
		if (!saveAgency.agency) return fail(400, { values, errors: saveAgency.errors });
		redirect(303, withDone(`/admin/instansi/${params.id}`, 'agencySaved'));
	}
};
