// Sign-in with an e-mail address or a phone number: one signIn mutation; the server sets the
// session cookie. Afterwards back to where the person came from (a same-site path only), after
// the authenticator code (/masuk/kode) for an account with one, or enrolling one for staff.
import { fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type FieldError } from '$lib/graphql';
import { safeReturnTo } from '$lib/server/return-to';
import type { Actions, PageServerLoad } from './$types';

const SignIn = graphql(/* GraphQL */ `
	mutation SignIn($input: SignInInput!) {
		signIn(input: $input) { user { id } next errors { field code message } }
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
		const returnTo = safeReturnTo(form.get('returnTo'));
		const back = encodeURIComponent(returnTo);
		// An authenticator app: its code next. Staff without one: enrol first (their roles wait).
		if (signIn.next === 'CODE') redirect(303, `/masuk/kode${returnTo !== '/' ? `?returnTo=${back}` : ''}`);
		if (signIn.next === 'ENROL') redirect(303, `/akun/dua-langkah${returnTo !== '/' ? `?kembali=${back}` : ''}`);
		redirect(303, returnTo);
	}
};
