// Saving a complaint filed without an account into this account: tracking code + PIN. A wrong
// code and a wrong PIN get the same answer; too many wrong PINs are said in words at the field.
import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { execute, executeOrRefuse, graphql, type FieldError } from '$lib/graphql';
import { t } from '$lib/i18n';
import { normaliseTrackingCode } from '$lib/tracking-code';
import type { Actions, PageServerLoad } from './$types';

const Signed = graphql(/* GraphQL */ `query ClaimViewer { viewer { id } }`);

const Claim = graphql(/* GraphQL */ `
	mutation ClaimComplaint($input: ClaimComplaintInput!) {
		claimComplaint(input: $input) { complaint { trackingCode } errors { field code message } }
	}
`);

export const load: PageServerLoad = async ({ locals, url }) => {
	const { viewer } = await execute(locals, Signed);
	if (!viewer) redirect(303, `/masuk?returnTo=${encodeURIComponent(url.pathname)}`);
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const form = await request.formData();
		const text = formText(form);
		const values = { trackingCode: text('trackingCode'), accessSecret: text('accessSecret') };
		const { viewer } = await execute(locals, Signed);
		if (!viewer) redirect(303, `/masuk?returnTo=${encodeURIComponent(url.pathname)}`);

		const errors: FieldError[] = [];
		const trackingCode = normaliseTrackingCode(values.trackingCode);
		if (!trackingCode) errors.push({ field: 'trackingCode', code: 'required', message: t(locals.locale, 'account.claim.codeMissing') });
		if (!values.accessSecret.trim()) errors.push({ field: 'accessSecret', code: 'required', message: t(locals.locale, 'account.claim.secretMissing') });
		if (errors.length > 0) return fail(400, { values, errors });

		const result = await executeOrRefuse(locals, Claim, { input: { trackingCode, accessSecret: values.accessSecret.trim() } });
		if (result.refusal) {
			return fail(429, { values, errors: [{ field: 'accessSecret', code: result.refusal.code, message: result.refusal.message }] });
		}
		const { claimComplaint } = result.data;
		if (claimComplaint.errors.length > 0 || !claimComplaint.complaint) {
			return fail(400, { values, errors: claimComplaint.errors });
		}
		redirect(303, `/akun?disimpan=${encodeURIComponent(claimComplaint.complaint.trackingCode)}`);
	}
};
