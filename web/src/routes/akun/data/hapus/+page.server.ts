// "Hapus akun dan data saya": confirmed with the password (and, if kept, the deletion codes of the
// answers about the person). Then the person is signed out everywhere and lands on a page that
// says it is done; like signing out, the next page forgets what this phone kept of their filing.
import { scopedMessages } from '$lib/i18n';
import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { execute, executeOrRefuse, graphql } from '$lib/graphql';
import { forgetCookie } from '$lib/offline/forget';
import type { Actions, PageServerLoad } from './$types';

const Viewer = graphql(/* GraphQL */ `query EraseViewer { viewer { id } }`);
const Erase = graphql(/* GraphQL */ `
	mutation EraseMyData($input: EraseMyDataInput!) {
		eraseMyData(input: $input) { ok errors { field code message } }
	}
`);

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const { viewer } = await execute(locals, Viewer);
	if (!viewer) redirect(303, `/masuk?returnTo=${encodeURIComponent('/akun/data/hapus')}`);
	return { scopedMessages: scopedMessages(locals, ['data', 'erase']) };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const text = formText(await request.formData());
		const deletionCodes = text('deletionCodes');
		const result = await executeOrRefuse(locals, Erase, { input: { password: text('password'), deletionCodes } }, ['RATE_LIMITED', 'BAD_USER_INPUT', 'FORBIDDEN']);
		if (result.refusal) {
			if (result.refusal.code === 'FORBIDDEN') redirect(303, `/masuk?returnTo=${encodeURIComponent('/akun/data/hapus')}`);
			return fail(result.refusal.code === 'RATE_LIMITED' ? 429 : 400, { deletionCodes, errors: [{ ...result.refusal, field: 'password' }] });
		}
		const { ok, errors } = result.data.eraseMyData;
		if (!ok) return fail(400, { deletionCodes, errors });
		cookies.set(forgetCookie, '1', { path: '/', httpOnly: false, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 600 });
		redirect(303, '/akun/data/terhapus');
	}
};
