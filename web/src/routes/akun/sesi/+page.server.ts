// "Perangkat yang masuk": where the person's account is signed in, and signing one device or
// every device out. Form actions, so it works without JavaScript; ending this device's own
// session (or all) is signing out here: like /keluar, the home page then forgets what this phone
// kept of the person's filing.
import { redirect } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import { forgetCookie } from '$lib/offline/forget';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const Sessions = graphql(/* GraphQL */ `
	query MySessions {
		mySessions { id deviceLabel signedInAt lastSeenAt current }
	}
`);
const Viewer = graphql(/* GraphQL */ `query SessionsViewer { viewer { id } }`);
const End = graphql(/* GraphQL */ `mutation EndSession($id: ID!) { endSession(id: $id) }`);
const Everywhere = graphql(/* GraphQL */ `mutation SignOutEverywhere { signOutEverywhere }`);

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = await execute(locals, Viewer);
	if (!viewer.viewer) redirect(303, `/masuk?returnTo=${encodeURIComponent(url.pathname)}`);
	const { mySessions } = await execute(locals, Sessions);
	return { sessions: mySessions, ended: url.searchParams.get('selesai') === '1' };
};

function signedOutHere({ cookies, url }: RequestEvent): never {
	cookies.set(forgetCookie, '1', { path: '/', httpOnly: false, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 600 });
	redirect(303, '/');
}

export const actions: Actions = {
	end: async (event) => {
		const form = await event.request.formData();
		const id = String(form.get('sesi') ?? '');
		if (id) await execute(event.locals, End, { id });
		if (form.get('ini') === '1') signedOutHere(event);
		redirect(303, '/akun/sesi?selesai=1');
	},
	everywhere: async (event) => {
		await execute(event.locals, Everywhere);
		signedOutHere(event);
	}
};
