// Display settings: a plain form whose actions store the choices in cookies, then go back to the
// page the person came from (303), or confirm here when there is none. Works without JavaScript.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { changesFromForm, resetChanges, type CookieChange } from '$lib/settings';
import { readSettings, setSavedNote, writeChanges } from '$lib/settings/cookies.server';
import { safeReturnTo } from '$lib/server/return-to';
import type { Actions, PageServerLoad } from './$types';

const settingsPath = '/pengaturan/tampilan';

/** A page on this site to go back to, or null (then the confirmation shows on this page). */
function returnTarget(value: unknown): string | null {
	if (typeof value !== 'string' || value === '') return null;
	const path = safeReturnTo(value, '');
	if (!path || path.split(/[?#]/)[0] === settingsPath) return null;
	return path;
}

export const load: PageServerLoad = ({ url }) => ({
	returnTo: returnTarget(url.searchParams.get('returnTo'))
});

type Outcome = 'saved' | 'reset';

async function store(event: RequestEvent, changes: (form: FormData) => CookieChange[], outcome: Outcome) {
	const form = await event.request.formData();
	writeChanges(event.cookies, changes(form), event.url);
	// The page this request renders (when there is no redirect) must already use the new choices.
	Object.assign(event.locals, readSettings(event.cookies, event.request.headers));

	const returnTo = returnTarget(form.get('returnTo'));
	if (outcome === 'saved' && returnTo) {
		// With JavaScript the page announces it; a plain post gets a note on the page it returns to.
		if (event.request.headers.get('x-sveltekit-action') !== 'true') setSavedNote(event.cookies, event.url);
		redirect(303, returnTo);
	}
	return { outcome, returnTo };
}

export const actions: Actions = {
	simpan: (event) => store(event, changesFromForm, 'saved'),
	reset: (event) => store(event, resetChanges, 'reset')
};
