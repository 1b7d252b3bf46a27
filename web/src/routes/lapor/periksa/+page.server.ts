// Check your answers, then file the draft once: the page carries a fresh request id, so a form
// posted twice (a double tap, a retry on a flaky link, the back button) files one complaint.
import { fail, redirect } from '@sveltejs/kit';
import { isShellRequest } from '$lib/pwa/shell.server';
import { answerNames, answerReference, loadDraft } from '../filing.server';
import { submitFiling } from '../submit.server';
import type { Actions, PageServerLoad } from './$types';

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const draft = await loadDraft(locals);
	// The shell kept for offline use shows the answers on the phone: it carries the names to show them with.
	const shell = isShellRequest();
	const reference = shell ? await answerReference(locals) : null;
	const names = await answerNames(locals, draft.values, reference ?? undefined);
	return { ...draft, names, shell, reference, clientRequestId: crypto.randomUUID() };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const form = await request.formData();
		const id = form.get('clientRequestId');
		const clientRequestId = typeof id === 'string' && id.length <= 100 ? id : '';
		const filed = await submitFiling(locals, cookies, url, clientRequestId);
		if (!filed.ok) return fail(400, { errors: filed.errors });
		redirect(303, `/lapor/terkirim/${encodeURIComponent(filed.trackingCode)}`);
	}
};
