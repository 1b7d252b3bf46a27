// A sahabat's entry on the public page of their kecamatan: whether it is shown, the name, a phone,
// a place and times. Only a sahabat may open it; nothing is public until they tick "Tampilkan".
import { error, fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { execute, graphql } from '$lib/graphql';
import { t } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const Viewer = graphql(/* GraphQL */ `query SahabatProfileViewer { viewer { roles } }`);

const Load = graphql(/* GraphQL */ `
	query SahabatProfile {
		sahabatProfile { published saved displayName phone place hours districts { code name } }
	}
`);

const Save = graphql(/* GraphQL */ `
	mutation SaveSahabatProfile($input: SaveSahabatProfileInput!) {
		saveSahabatProfile(input: $input) { ok errors { field code message } }
	}
`);

async function guard(locals: App.Locals, url: URL) {
	const { viewer } = await execute(locals, Viewer);
	if (!viewer) redirect(303, `/masuk?returnTo=${encodeURIComponent(url.pathname)}`);
	if (!viewer.roles.includes('SAHABAT')) {
		error(403, { message: t(locals.locale, 'error.forbidden.text'), code: 'forbidden' });
	}
}

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	await guard(locals, url);
	const { sahabatProfile } = await execute(locals, Load);
	setHeaders({ 'cache-control': 'private, no-store' });
	const saved = url.searchParams.get('disimpan');
	return { profile: sahabatProfile, saved: saved === 'tampil' || saved === 'sembunyi' ? saved : null };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		await guard(locals, url);
		const form = await request.formData();
		const text = formText(form);
		const values = {
			published: text('published') === 'true',
			displayName: text('displayName'),
			phone: text('phone'),
			place: text('place'),
			hours: text('hours')
		};
		const { saveSahabatProfile } = await execute(locals, Save, { input: values });
		if (!saveSahabatProfile.ok) return fail(400, { values, errors: saveSahabatProfile.errors });
		redirect(303, `/akun/sahabat?disimpan=${values.published ? 'tampil' : 'sembunyi'}`);
	}
};
