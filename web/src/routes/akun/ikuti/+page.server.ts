// Staff and sahabat choose the kecamatan and topics they want to hear about (within their scope,
// which the API decides). One form of checkboxes; saving replaces the set.
import { error, fail, redirect } from '@sveltejs/kit';
import { execute, graphql, type FieldError } from '$lib/graphql';
import { t } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const Viewer = graphql(/* GraphQL */ `query AreasViewer { viewer { roles } }`);

const Load = graphql(/* GraphQL */ `
	query AreaFollows {
		areaFollows { regions { code name following } categories { id name following } }
	}
`);

const Save = graphql(/* GraphQL */ `
	mutation SetAreaFollows($input: SetAreaFollowsInput!) {
		setAreaFollows(input: $input) { follows { regions { code } } errors { field code message } }
	}
`);

const AREA_ROLES = ['VERIFIER', 'SAHABAT', 'AGENCY_OFFICER', 'ADMINISTRATOR'];

async function guard(locals: App.Locals, url: URL) {
	const { viewer } = await execute(locals, Viewer);
	if (!viewer) redirect(303, `/masuk?returnTo=${encodeURIComponent(url.pathname)}`);
	if (!viewer.roles.some((r) => AREA_ROLES.includes(r))) {
		error(403, { message: t(locals.locale, 'error.forbidden.text'), code: 'forbidden' });
	}
}

export const load: PageServerLoad = async ({ locals, url }) => {
	await guard(locals, url);
	const { areaFollows } = await execute(locals, Load);
	return { areas: areaFollows, saved: url.searchParams.get('disimpan') === '1' };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		await guard(locals, url);
		const form = await request.formData();
		const all = (name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string');
		const input = { regionCodes: all('regionCodes'), categoryIds: all('categoryIds') };
		const { setAreaFollows } = await execute(locals, Save, { input });
		if (setAreaFollows.errors.length > 0) return fail(400, { values: input, errors: setAreaFollows.errors });
		redirect(303, '/akun/ikuti?disimpan=1');
	}
};
