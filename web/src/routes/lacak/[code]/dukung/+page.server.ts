// "Saya juga mengalami", step 1 (/lacak/<kode>/dukung): without an account, the phone number or
// e-mail that receives a one-time code, and "ikuti kabar" (unticked: every message is an SMS the
// service pays for and the person may not want). Signed in, the page offers the one click instead
// (posted to the complaint page's own action). The filing links here from "Ini masalah saya juga".
import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { executeOrRefuse, graphql } from '$lib/graphql';
import { normaliseTrackingCode } from '$lib/tracking-code';
import { pendingOf, rememberPending, supportable } from '$lib/support/support.server';
import type { Actions, PageServerLoad } from './$types';

const Ask = graphql(/* GraphQL */ `
	mutation RequestSupportCode($trackingCode: String!, $contact: String) {
		requestSupportCode(input: { trackingCode: $trackingCode, contact: $contact }) { sent errors { field code message } }
	}
`);

export const load: PageServerLoad = async ({ locals, params, url, cookies, setHeaders }) => {
	const complaint = await supportable(locals, params, url, '');
	setHeaders({ 'cache-control': 'private, no-store' });
	return { complaint, pending: pendingOf(cookies) };
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies, url }) => {
		const trackingCode = normaliseTrackingCode(params.code);
		const text = formText(await request.formData());
		const values = { contact: text('contact'), follow: text('follow') === 'true' };
		const result = await executeOrRefuse(locals, Ask, { trackingCode, contact: values.contact });
		const errors = result.refusal ? [{ ...result.refusal, field: 'contact' }] : result.data.requestSupportCode.errors;
		if (errors.length > 0) return fail(result.refusal ? 429 : 400, { values, errors });
		rememberPending(cookies, trackingCode, { contact: values.contact.trim(), follow: values.follow }, url.protocol === 'https:');
		redirect(303, `/lacak/${encodeURIComponent(trackingCode)}/dukung/kode`);
	}
};
