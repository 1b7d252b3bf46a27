// Sign-up, step 2: the code from the message. A right code creates the account and signs it in;
// then back to where the person came from.
import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { execute, graphql } from '$lib/graphql';
import { safeReturnTo } from '$lib/server/return-to';
import { SIGN_UP_COOKIE } from '../sign-up-cookie';
import type { Actions, PageServerLoad } from './$types';

const ConfirmSignUp = graphql(/* GraphQL */ `
	mutation ConfirmSignUp($contact: String, $code: String) {
		confirmSignUp(input: { contact: $contact, code: $code }) { user { id } errors { field code message } }
	}
`);

export const load: PageServerLoad = ({ cookies, url }) => ({
	contact: cookies.get(SIGN_UP_COOKIE) ?? '',
	sent: !!cookies.get(SIGN_UP_COOKIE),
	returnTo: safeReturnTo(url.searchParams.get('returnTo'), '/akun')
});

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const form = await request.formData();
		const text = formText(form);
		const values = { contact: text('contact'), code: text('code') };
		const { confirmSignUp } = await execute(locals, ConfirmSignUp, values);
		if (confirmSignUp.errors.length > 0 || !confirmSignUp.user) {
			return fail(400, { values, errors: confirmSignUp.errors });
		}
		cookies.delete(SIGN_UP_COOKIE, { path: '/daftar' });
		redirect(303, safeReturnTo(form.get('returnTo'), '/akun'));
	}
};
