// Response templates of the officer's agency (an administrator's: every agency's): the list and
// a form for a new one.
import { fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type FieldError } from '$lib/graphql';
import { t } from '$lib/i18n';
import { mutate, requireRoles } from '$lib/server/staff';
import type { Actions, PageServerLoad } from './$types';

const TEMPLATE_ROLES = ['AGENCY_OFFICER', 'ADMINISTRATOR'];

const List = graphql(/* GraphQL */ `
	query StaffTemplateList {
		responseTemplates { id title body updatedAt agency { id shortName } }
		agencies { id name }
	}
`);

const Create = graphql(/* GraphQL */ `
	mutation StaffCreateTemplate($input: CreateResponseTemplateInput!) {
		createResponseTemplate(input: $input) { errors { field code message } }
	}
`);

const NOTICES = { disimpan: 'staff.templates.created', dihapus: 'staff.templates.deleted' } as const;

export const load: PageServerLoad = async ({ locals, url, parent, setHeaders }) => {
	const { viewer } = await parent();
	requireRoles(viewer, url, locals.locale, TEMPLATE_ROLES);
	setHeaders({ 'cache-control': 'private, no-store' });
	const data = await execute(locals, List);
	const isAdmin = viewer?.roles.includes('ADMINISTRATOR') ?? false;
	const note = url.searchParams.get('selesai') as keyof typeof NOTICES | null;
	return {
		templates: data.responseTemplates,
		agencies: isAdmin ? data.agencies : [],
		isAdmin,
		done: note && note in NOTICES ? t(locals, NOTICES[note]) : null
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await request.formData();
		const values = {
			agencyId: textOf(form, 'agencyId'),
			title: textOf(form, 'title'),
			body: textOf(form, 'body')
		};
		const result = await mutate(locals, Create, { input: { ...values, agencyId: values.agencyId || null } });
		if (result.refusal) return fail(403, { values, errors: [result.refusal] });
		const errors = result.data.createResponseTemplate.errors;
		if (errors.length > 0) return fail(400, { values, errors });
		redirect(303, '/kerja/templat?selesai=disimpan#pemberitahuan');
	}
};
