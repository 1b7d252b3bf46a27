// Sign-in with an e-mail address or a phone number: one signIn mutation; the server sets the
// session cookie. Afterwards back to where the person came from (a same-site path only).
import { fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type FieldError } from '$lib/graphql';
import { safeReturnTo } from '$lib/server/return-to';
import type { Actions, PageServerLoad } from './$types';

const SignIn = graphql(/* GraphQL */ `
	mutation SignIn($input: SignInInput!) {
		signIn(input: $input) { user { id } errors { field code message } }
	}
`);

export const load: PageServerLoad = ({ url }) => ({
	returnTo: safeReturnTo(url.searchParams.get('returnTo'))
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await request.formData();
		const email = textOf(form, 'email');
		const password = textOf(form, 'password');
		const { signIn } = await execute(locals, SignIn, { input: { email, password } });
		if (signIn.errors.length > 0 || !signIn.user) {
			// The e-mail is kept; the password never goes back into the page.
			return fail(400, { values: { email }, errors: signIn.errors });
		}
		redirect(303, safeReturnTo(form.get('returnTo')));
	}
};
