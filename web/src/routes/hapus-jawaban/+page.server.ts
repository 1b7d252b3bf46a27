// Deleting the answers about the reporter (/hapus-jawaban) with the code the receipt showed after
// they were given. A code that matches nothing says only that; the report itself is untouched.
// After a deletion the page shows a plain confirmation (?terhapus=1), so a reload posts nothing.
import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { executeOrRefuse, graphql } from '$lib/graphql';
import type { Actions, PageServerLoad } from './$types';

const Delete = graphql(/* GraphQL */ `
	mutation DeleteInclusionAnswers($deletionToken: String!) {
		deleteInclusionAnswers(deletionToken: $deletionToken) {
			deleted
			errors { field code message }
		}
	}
`);

export const load: PageServerLoad = async ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	return { done: url.searchParams.get('terhapus') === '1' };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const deletionToken = formText(await request.formData())('deletionToken');
		const result = await executeOrRefuse(locals, Delete, { deletionToken }, ['RATE_LIMITED', 'BAD_USER_INPUT']);
		if (result.refusal) {
			return fail(result.refusal.code === 'RATE_LIMITED' ? 429 : 400, { deletionToken, errors: [{ ...result.refusal, field: 'deletionToken' }] });
		}
		const { deleted, errors } = result.data.deleteInclusionAnswers;
		if (!deleted || errors.length > 0) return fail(400, { deletionToken, errors });
		redirect(303, '/hapus-jawaban?terhapus=1');
	}
};
