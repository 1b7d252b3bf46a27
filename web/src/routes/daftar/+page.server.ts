// Sign-up for residents, step 1: a name, an e-mail or a phone number, and a password (no
// composition rules, no puzzle). The server sends a code to the contact (or, when the contact
// already has an account, a note saying so); the page answers the same either way and goes on to
// step 2. The contact the message went to is kept in a short-lived cookie for that step.
import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { execute, graphql } from '$lib/graphql';
import { safeReturnTo } from '$lib/server/return-to';
import { SIGN_UP_COOKIE } from './sign-up-cookie';
import type { Actions, PageServerLoad } from './$types';

const SignUp = graphql(/* GraphQL */ `
	mutation SignUp($input: SignUpInput!) {
		signUp(input: $input) { via errors { field code message } }
	}
`);

export const load: PageServerLoad = ({ url }) => ({
	returnTo: safeReturnTo(url.searchParams.get('returnTo'), '/akun')
});

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const form = await request.formData();
		const text = formText(form);
		const values = { name: text('name'), email: text('email'), phone: text('phone') };
		const { signUp } = await execute(locals, SignUp, { input: { ...values, password: text('password') } });
		if (signUp.errors.length > 0 || !signUp.via) {
			return fail(400, { values, errors: signUp.errors });
		}
		cookies.set(SIGN_UP_COOKIE, signUp.via === 'email' ? values.email.trim() : values.phone.trim(), {
			path: '/daftar',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: 30 * 60
		});
		const returnTo = safeReturnTo(form.get('returnTo'), '/akun');
		redirect(303, returnTo === '/akun' ? '/daftar/kode' : `/daftar/kode?returnTo=${encodeURIComponent(returnTo)}`);
	}
};
