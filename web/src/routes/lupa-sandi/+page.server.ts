// "Lupa kata sandi", step 1: the e-mail or phone number of the account. The answer is the same
// whether an account has it or not; the contact is kept in a short-lived cookie for step 2.
import { fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type FieldError } from '$lib/graphql';
import type { Actions } from './$types';

const Ask = graphql(/* GraphQL */ `
	mutation RequestRecovery($contact: String) {
		requestAccountRecovery(input: { contact: $contact }) { ok errors { field code message } }
	}
`);

const RECOVERY_COOKIE = 'pemulihan';

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const form = await request.formData();
		const contact = textOf(form, 'contact');
		const { requestAccountRecovery } = await execute(locals, Ask, { contact });
		if (requestAccountRecovery.errors.length > 0) {
			return fail(400, { values: { contact }, errors: requestAccountRecovery.errors });
		}
		cookies.set(RECOVERY_COOKIE, contact.trim(), {
			path: '/lupa-sandi',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: 30 * 60
		});
		redirect(303, '/lupa-sandi/kode');
	}
};
