// "Konfirmasi dengan kode": before a sensitive action (revealing a hidden identity, exporting
// personal data, changing roles) the API wants a second factor given in the last few minutes;
// the page that was refused links here with ?kembali=<itself>. A code from the app (or a
// recovery code), then back there (same-site paths only).
import { scopedMessages } from '$lib/i18n';
import { fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql } from '$lib/graphql';
import { safeReturnTo } from '$lib/server/return-to';
import type { Actions, PageServerLoad } from './$types';

const Viewer = graphql(/* GraphQL */ `query ConfirmCodeViewer { viewer { id } signInAwaitingCode }`);
const Give = graphql(/* GraphQL */ `
	mutation ConfirmCode($input: SecondFactorCodeInput!) {
		giveSecondFactor(input: $input) { ok errors { field code message } }
	}
`);

export const load: PageServerLoad = async ({ locals, url }) => {
	const kembali = safeReturnTo(url.searchParams.get('kembali'), '/akun');
	const { viewer, signInAwaitingCode } = await execute(locals, Viewer);
	if (!viewer) {
		const here = encodeURIComponent(url.pathname + url.search);
		redirect(303, signInAwaitingCode ? `/masuk/kode?returnTo=${here}` : `/masuk?returnTo=${here}`);
	}
	return { kembali, scopedMessages: scopedMessages(locals, ['twoStep']) };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const form = await request.formData();
		const { giveSecondFactor: given } = await execute(locals, Give, { input: { code: textOf(form, 'authCode') } });
		if (!given.ok) return fail(400, { errors: given.errors });
		redirect(303, safeReturnTo(url.searchParams.get('kembali'), '/akun'));
	}
};
