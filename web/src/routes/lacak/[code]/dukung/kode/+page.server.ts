// "Saya juga mengalami", step 2 (/lacak/<kode>/dukung/kode): the code from the message. The
// contact and "ikuti kabar" come from step 1 (a short-lived cookie) and can be changed here; once
// counted, back to the complaint's page, which says so.
import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { executeOrRefuse, graphql } from '$lib/graphql';
import { normaliseTrackingCode } from '$lib/tracking-code';
import { forgetPending, pendingOf, supportable } from '$lib/support/support.server';
import type { Actions, PageServerLoad } from './$types';

const Confirm = graphql(/* GraphQL */ `
	mutation ConfirmSupportCode($trackingCode: String!, $contact: String, $code: String, $follow: Boolean) {
		confirmSupportCode(input: { trackingCode: $trackingCode, contact: $contact, code: $code, follow: $follow }) {
			supportCount counted errors { field code message }
		}
	}
`);

export const load: PageServerLoad = async ({ locals, params, url, cookies, setHeaders }) => {
	const complaint = await supportable(locals, params, url, '/kode');
	setHeaders({ 'cache-control': 'private, no-store' });
	return { complaint, pending: pendingOf(cookies) };
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const trackingCode = normaliseTrackingCode(params.code);
		const text = formText(await request.formData());
		const values = { contact: text('contact'), code: text('code'), follow: text('follow') === 'true' };
		const result = await executeOrRefuse(locals, Confirm, { trackingCode, contact: values.contact, code: values.code, follow: values.follow });
		const errors = result.refusal ? [{ ...result.refusal, field: 'code' }] : result.data.confirmSupportCode.errors;
		if (errors.length > 0) return fail(result.refusal ? 429 : 400, { values, errors });
		forgetPending(cookies, trackingCode);
		redirect(303, `/lacak/${encodeURIComponent(trackingCode)}?selesai=support#selesai`);
	}
};
