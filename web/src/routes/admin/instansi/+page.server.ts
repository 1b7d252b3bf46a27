// Agencies: every agency (workshop ones marked) and adding one.
import { fail, redirect } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import { type FieldError, withDone } from '../support';
import { readAgency } from './agency-form';
import type { Actions, PageServerLoad } from './$types';

const Agencies = graphql(/* GraphQL */ `
	query AdminAgencies { adminAgencies { id name shortName active isSandbox officerCount } }
`);

const Save = graphql(/* GraphQL */ `
	mutation AdminAddAgency($input: AgencyInput!) {
		saveAgency(input: $input) { agency { id } errors { field code message } }
	}
`);

export const load: PageServerLoad = async ({ locals }) => {
	const { adminAgencies } = await execute(locals, Agencies);
	return { agencies: adminAgencies };
};

export const actions: Actions = {
	add: async ({ request, locals }) => {
		const { values, input } = readAgency(await request.formData(), false);
		const { saveAgency } = await execute(locals, Save, { input });
		if (!saveAgency.agency) return fail(400, { values, errors: saveAgency.errors });
		redirect(303, withDone(`/admin/instansi/${saveAgency.agency.id}`, 'agencySaved'));
	}
};
