// Every page under /admin: a visitor who is not signed in is sent to sign in first, and a
// signed-in person without the administrator role sees the "no access" page. This is only for a
// friendly answer; the GraphQL schema is what refuses the data (role ADMINISTRATOR).
import { error, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ parent, url, locals, setHeaders }) => {
	const { viewer } = await parent();
	if (!viewer) redirect(303, `/masuk?returnTo=${encodeURIComponent(url.pathname + url.search)}`);
	if (!viewer.roles.includes('ADMINISTRATOR')) {
		error(403, { message: t(locals.locale, 'error.forbidden.text'), code: 'forbidden' });
	}
	// Contact details and roles of other people: never in a shared cache.
	setHeaders({ 'cache-control': 'private, no-store' });
	return { viewerId: viewer.id };
};
