// "Lupa kata sandi", step 2: the code from the message and a new password. On success the
// person is signed in (every other session ends) and goes to "Laporan saya".
import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { execute, graphql, type FieldError } from '$lib/graphql';
import type { Actions, PageServerLoad } from './$types';

const RECOVERY_COOKIE = 'pemulihan';

const Reset = graphql(/* GraphQL */ `
	mutation ResetPassword($contact: String, $code: String, $password: String) {
		resetPassword(input: { contact: $contact, code: $code, password: $password }) { ok errors { field code message } }
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
		redirect(303, '/akun?sandi=baru');
	}
};
