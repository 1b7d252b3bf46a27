// A trainer's workshops and the form to create one (title, date, kecamatan, language). Only for
// TRAINER accounts. After creating, the trainer goes to the new room's projector view.
import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { execute, graphql } from '$lib/graphql';
import { requireRoles } from '$lib/server/staff';
import type { Actions, PageServerLoad } from './$types';

const TRAINER = ['TRAINER'];
const regencyCode = '73.06';

const Load = graphql(/* GraphQL */ `
	query TrainerWorkshops($parentCode: String!) {
		myWorkshops { id title joinCode startsAt isOpen districtName }
		regions(parentCode: $parentCode) { code name }
	}
`);

const Create = graphql(/* GraphQL */ `
	mutation TrainerCreateWorkshop($input: CreateWorkshopInput!) {
		createWorkshop(input: $input) { workshop { id } errors { field code message } }
	}
`);

const Viewer = graphql(/* GraphQL */ `query TrainerViewer { viewer { roles } }`);

export const load: PageServerLoad = async ({ locals, url, parent, setHeaders }) => {
	const { viewer } = await parent();
	requireRoles(viewer, url, locals.locale, TRAINER);
	setHeaders({ 'cache-control': 'private, no-store' });
	const { myWorkshops, regions } = await execute(locals, Load, { parentCode: regencyCode });
	return { workshops: myWorkshops, districts: regions };
};

/** The date boxes as YYYY-MM-DD; what was typed is passed on as it is when it is not numbers. */
function isoDate(day: string, month: string, year: string): string {
	if (!day && !month && !year) return '';
	if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return `${year}-${month}-${day}`;
	return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const { viewer } = await execute(locals, Viewer);
		requireRoles(viewer, url, locals.locale, TRAINER);
		const text = formText(await request.formData());
		const values = {
			workshopTitle: text('workshopTitle'),
			day: text('workshopDate-day'),
			month: text('workshopDate-month'),
			year: text('workshopDate-year'),
			workshopDistrict: text('workshopDistrict'),
			workshopLocale: text('workshopLocale') || 'id'
		};
		const { createWorkshop } = await execute(locals, Create, {
			input: {
				title: values.workshopTitle,
				date: isoDate(values.day, values.month, values.year),
				districtCode: values.workshopDistrict,
				locale: values.workshopLocale
			}
		});
		if (!createWorkshop.workshop) return fail(400, { values, errors: createWorkshop.errors });
		redirect(303, `/pelatih/${createWorkshop.workshop.id}`);
	}
};
