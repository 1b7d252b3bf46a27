// Joining a workshop: the code from the trainer (filled in from ?kode= when the QR code was
// scanned) and an optional name; a signed-in person joins with their account. After joining they
// go to the start of filing, as practice. "Keluar dari latihan" posts to /latihan/keluar.
import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { execute, graphql } from '$lib/graphql';
import { steps } from '../lapor/filing';
import type { Actions, PageServerLoad } from './$types';

const Join = graphql(/* GraphQL */ `
	mutation JoinWorkshop($code: String!, $name: String) {
		joinWorkshop(code: $code, displayName: $name) { participation { number } errors { field code message } }
	}
`);

export const load: PageServerLoad = async ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	return { code: (url.searchParams.get('kode') ?? '').slice(0, 40) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const text = formText(await request.formData());
		const values = { joinCode: text('joinCode'), displayName: text('displayName') };
		const { joinWorkshop } = await execute(locals, Join, { code: values.joinCode, name: values.displayName || null });
		if (!joinWorkshop.participation) return fail(400, { values, errors: joinWorkshop.errors });
		redirect(303, `/lapor/${steps[0]}`);
	}
};
