// Holidays by year: the list, adding one, removing one. Changes count for deadlines worked out
// afterwards; deadlines already set are not recalculated (said on the page).
import { fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql } from '$lib/graphql';
import { type FieldError, withDone } from '../support';
import { readHoliday } from './holiday-form';
import type { Actions, PageServerLoad } from './$types';

const Holidays = graphql(/* GraphQL */ `
	query AdminHolidays($year: Int!) { holidays(year: $year) { date name kind isPast } }
`);

const Save = graphql(/* GraphQL */ `
	mutation AdminAddHoliday($input: HolidayInput!) {
		saveHoliday(input: $input) { holiday { date } errors { field code message } }
	}
`);

const Remove = graphql(/* GraphQL */ `
	mutation AdminRemoveHoliday($date: String!) { removeHoliday(date: $date) { errors { field code message } } }
`);

/** This year in Gowa (UTC+8): the year turns there, not in UTC. */
const thisYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

export const load: PageServerLoad = async ({ locals, url }) => {
	const current = thisYear();
	const asked = Number(url.searchParams.get('tahun'));
	const year = Number.isInteger(asked) && asked >= current - 5 && asked <= current + 5 ? asked : current;
	const { holidays } = await execute(locals, Holidays, { year });
	return { year, years: Array.from({ length: 5 }, (_, i) => current - 1 + i), holidays };
};

export const actions: Actions = {
	add: async ({ request, locals }) => {
		const { values, input } = readHoliday(await request.formData());
		const { saveHoliday } = await execute(locals, Save, { input });
		if (!saveHoliday.holiday) return fail(400, { values, errors: saveHoliday.errors });
		redirect(303, withDone(`/admin/libur?tahun=${saveHoliday.holiday.date.slice(0, 4)}`, 'holidayAdded'));
	},
	remove: async ({ request, locals }) => {
		const date = textOf(await request.formData(), 'date');
		const { removeHoliday } = await execute(locals, Remove, { date });
		if (removeHoliday.errors.length > 0) return fail(400, { values: undefined, errors: removeHoliday.errors });
		redirect(303, withDone(`/admin/libur?tahun=${date.slice(0, 4)}`, 'holidayRemoved'));
	}
};
