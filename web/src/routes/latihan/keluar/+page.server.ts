// "Keluar dari latihan" (the LATIHAN band's button): this device leaves its workshop, then the
// home page. A form post only; opening the address shows the join page.
import { redirect } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import type { Actions, PageServerLoad } from './$types';

const Leave = graphql(/* GraphQL */ `mutation LeaveWorkshop { leaveWorkshop }`);

export const load: PageServerLoad = () => redirect(303, '/latihan');

export const actions: Actions = {
	default: async ({ locals }) => {
		await execute(locals, Leave);
		redirect(303, '/');
	}
};
