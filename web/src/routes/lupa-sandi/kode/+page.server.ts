// "Lupa kata sandi", step 2: the code from the message and a new password. On success the
// person is signed in (every other session ends) and goes to their account page, which says the
// password is new; as after signing in, an account with an authenticator app first gives its code
// (/masuk/kode), and staff without one enrol first (their roles wait until then).
import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { execute, graphql, type FieldError } from '$lib/graphql';
import type { Actions, PageServerLoad } from './$types';

const RECOVERY_COOKIE = 'pemulihan';

const Reset = graphql(/* GraphQL */ `
	mutation ResetPassword($contact: String, $code: String, $password: String) {
		resetPassword(input: { contact: $contact, code: $code, password: $password }) { ok next errors { field code message } }
	}
`);

export const load: PageServerLoad = ({ cookies }) => ({
	contact: cookies.get(RECOVERY_COOKIE) ?? '',
	sent: !!cookies.get(RECOVERY_COOKIE)
});

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const form = await request.formData();
		const text = formText(form);
		const values = { contact: text('contact'), code: text('code') };
		const { resetPassword } = await execute(locals, Reset, { ...values, password: text('password') });
		if (resetPassword.errors.length > 0 || !resetPassword.ok) {
			return fail(400, { values, errors: resetPassword.errors });
		}
		cookies.delete(RECOVERY_COOKIE, { path: '/lupa-sandi' });
		const done = '/akun?sandi=baru';
		if (resetPassword.next === 'CODE') redirect(303, `/masuk/kode?returnTo=${encodeURIComponent(done)}`);
		if (resetPassword.next === 'ENROL') redirect(303, `/akun/dua-langkah?kembali=${encodeURIComponent(done)}`);
		redirect(303, done);
	}
};
