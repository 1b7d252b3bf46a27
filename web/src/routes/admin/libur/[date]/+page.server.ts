// Changing one holiday (its date too). A date already past can be changed; the page says that
// deadlines already set are not recalculated.
import { error, fail, redirect } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import { t } from '$lib/i18n';
import { type FieldError, withDone } from '../../support';
import { readHoliday } from '../holiday-form';
import type { Actions, PageServerLoad } from './$types';

const Holiday = graphql(/* GraphQL */ `
	query AdminHoliday($date: String!) { holiday(date: $date) { date nameId nameEn kind isPast } }
`);

const Save = graphql(/* GraphQL */ `
	mutation AdminSaveHoliday($input: HolidayInput!) {
		saveHoliday(input: $input) { holiday { date } errors { field code message } }
	}
`);

function notFound(locale: App.Locals['locale']): never {
	error(404, { message: t(locale, 'error.notFound.text'), code: 'not_found' });
}

export const load: PageServerLoad = async ({ locals, params }) => {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(params.date)) notFound(locals.locale);
	const { holiday } = await execute(locals, Holiday, { date: params.date });
	return { holiday: holiday ?? notFound(locals.locale) };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const { values, input } = readHoliday(await request.formData());
		const { saveHoliday } = await execute(locals, Save, { input: { ...input, originalDate: params.date } });
		if (!saveHoliday.holiday) return fail(400, { values, errors: saveHoliday.errors });
		redirect(303, withDone(`/admin/libur?tahun=${saveHoliday.holiday.date.slice(0, 4)}`, 'holidaySaved'));
	}
};
