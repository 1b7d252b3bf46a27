// The second step of signing in for an account with an authenticator app: the password was right
// (the session waits for the code), now six digits from the app, or one recovery code
// (?pemulihan=1 shows the box for one). Then back to where the person came from; after a recovery
// code, to the two-step page, which says how many are left and how to move to a new phone.
import { scopedMessages } from '$lib/i18n';
import { fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql } from '$lib/graphql';
import { safeReturnTo } from '$lib/server/return-to';
import type { Actions, PageServerLoad } from './$types';

const Waiting = graphql(/* GraphQL */ `query SignInCodeStep { signInAwaitingCode viewer { id } }`);
const Give = graphql(/* GraphQL */ `
	mutation SignInGiveCode($input: SecondFactorCodeInput!) {
		giveSecondFactor(input: $input) { ok usedRecoveryCode recoveryCodesLeft errors { field code message } }
	}
`);

export const load: PageServerLoad = async ({ locals, url }) => {
	const returnTo = safeReturnTo(url.searchParams.get('returnTo'));
	const { signInAwaitingCode, viewer } = await execute(locals, Waiting);
	if (viewer) redirect(303, returnTo);
	if (!signInAwaitingCode) redirect(303, `/masuk${returnTo !== '/' ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`);
	return { returnTo, recovery: url.searchParams.get('pemulihan') === '1', scopedMessages: scopedMessages(locals, ['twoStep']) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await request.formData();
		const { giveSecondFactor: given } = await execute(locals, Give, { input: { code: textOf(form, 'authCode') } });
		if (!given.ok) return fail(400, { errors: given.errors });
		if (given.usedRecoveryCode) redirect(303, `/akun/dua-langkah?pemulihan=${given.recoveryCodesLeft ?? 0}`);
		redirect(303, safeReturnTo(form.get('returnTo')));
	}
};
