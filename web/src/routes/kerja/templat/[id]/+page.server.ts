// Changing or deleting one answer template (of an agency this person manages).
import { error, fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type FieldError } from '$lib/graphql';
import { t } from '$lib/i18n';
import { mutate, requireRoles } from '$lib/server/staff';
import type { Actions, PageServerLoad } from './$types';

const One = graphql(/* GraphQL */ `
	query StaffTemplate($id: ID!) { responseTemplate(id: $id) { id title body agency { name } } }
`);

const Update = graphql(/* GraphQL */ `
	mutation StaffUpdateTemplate($input: UpdateResponseTemplateInput!) {
		updateResponseTemplate(input: $input) { errors { field code message } }
	}
`);

const Delete = graphql(/* GraphQL */ `
	mutation StaffDeleteTemplate($id: ID!) { deleteResponseTemplate(id: $id) }
`);

export const load: PageServerLoad = async ({ locals, url, params, parent, setHeaders }) => {
	const { viewer } = await parent();
	requireRoles(viewer, url, locals.locale, ['AGENCY_OFFICER', 'ADMINISTRATOR']);
	setHeaders({ 'cache-control': 'private, no-store' });
	const { responseTemplate } = await execute(locals, One, { id: params.id.slice(0, 40) });
	if (!responseTemplate) error(404, { message: t(locals, 'error.notFound.text'), code: 'not_found' });
	return { template: responseTemplate, done: url.searchParams.get('selesai') === 'diubah' ? t(locals, 'staff.templates.updated') : null };
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values = { title: textOf(form, 'title'), body: textOf(form, 'body') };
		const result = await mutate(locals, Update, { input: { id: params.id, ...values } });
		if (result.refusal) return fail(409, { form: 'save', values, errors: [result.refusal] });
		const errors = result.data.updateResponseTemplate.errors;
		if (errors.length > 0) return fail(400, { form: 'save', values, errors });
		redirect(303, `/kerja/templat/${encodeURIComponent(params.id)}?selesai=diubah#pemberitahuan`);
	},
	delete: async ({ request, locals, params }) => {
		const form = await request.formData();
		if (form.get('confirm') !== 'ya') {
			return fail(400, {
				form: 'delete',
				values: null,
				errors: [{ field: 'confirm', code: 'required', message: t(locals, 'staff.templates.deleteConfirmRequired') }]
			});
		}
		const result = await mutate(locals, Delete, { id: params.id });
		if (result.refusal) return fail(409, { form: 'delete', values: null, errors: [result.refusal] });
		redirect(303, '/kerja/templat?selesai=dihapus#pemberitahuan');
	}
};
