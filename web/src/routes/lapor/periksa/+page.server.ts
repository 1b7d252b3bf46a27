// Check your answers, then file the draft once: the page carries a fresh request id, so a form
// posted twice (a double tap, a retry on a flaky link, the back button) files one complaint.
import { fail, redirect } from '@sveltejs/kit';
import { execute, graphql, type FieldError } from '$lib/graphql';
import { setAccessSecret } from '$lib/server/access-cookie';
import { answerNames, loadDraft } from '../filing.server';
import { setConfirmationSecret } from '../confirmation';
import type { Actions, PageServerLoad } from './$types';

const Submit = graphql(/* GraphQL */ `
	mutation SubmitFiling($clientRequestId: String) {
		submitDraft(clientRequestId: $clientRequestId) {
			complaint { trackingCode }
			accessSecret
			errors { field code message }
		}
	}
`);

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const draft = await loadDraft(locals);
	return { ...draft, names: await answerNames(locals, draft.values), clientRequestId: crypto.randomUUID() };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const form = await request.formData();
		const id = form.get('clientRequestId');
		const clientRequestId = typeof id === 'string' && id.length <= 100 ? id : '';
		const { submitDraft } = await execute(locals, Submit, { clientRequestId });
		if (submitDraft.errors.length > 0 || !submitDraft.complaint) {
			return fail(400, { errors: submitDraft.errors });
		}
		const code = submitDraft.complaint.trackingCode;
		if (submitDraft.accessSecret) {
			setAccessSecret(cookies, url, code, submitDraft.accessSecret);
			setConfirmationSecret(cookies, url, code, submitDraft.accessSecret);
		}
		redirect(303, `/lapor/terkirim/${encodeURIComponent(code)}`);
	}
};
