// Sign-up for residents: a name, an e-mail or a phone number, and a password (no composition
// rules, no puzzle). The server signs the new account in; then back to where the person came from.
import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { execute, graphql, type FieldError } from '$lib/graphql';
import { safeReturnTo } from '$lib/server/return-to';
import type { Actions, PageServerLoad } from './$types';

const SignUp = graphql(/* GraphQL */ `
	mutation SignUp($input: SignUpInput!) {
		signUp(input: $input) { user { id } errors { field code message } }
	}
`);

export const load: PageServerLoad = ({ url }) => ({
	returnTo: safeReturnTo(url.searchParams.get('returnTo'), '/akun')
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await request.formData();
		const text = formText(form);
		const values = { name: text('name'), email: text('email'), phone: text('phone') };
		const { signUp } = await execute(locals, SignUp, { input: { ...values, password: text('password') } });
		if (signUp.errors.length > 0 || !signUp.user) {
			return fail(400, { values, errors: signUp.errors });
		}
		redirect(303, safeReturnTo(form.get('returnTo'), '/akun'));
	}
};
