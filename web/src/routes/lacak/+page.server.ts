// Looking up a complaint by tracking code (and the reporter's PIN, if given).
import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { executeOrRefuse, graphql, type FieldError } from '$lib/graphql';
import { t } from '$lib/i18n';
import { setAccessSecret } from '$lib/server/access-cookie';
import { normaliseTrackingCode } from '$lib/tracking-code';
import type { Actions } from './$types';

const Find = graphql(/* GraphQL */ `
	query FindComplaint($trackingCode: String!, $accessSecret: String) {
		complaint(trackingCode: $trackingCode, accessSecret: $accessSecret) { trackingCode }
	}
`);

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts); its form posts.
export const csr = false;

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const form = await request.formData();
		const text = formText(form);
		const values = { trackingCode: text('trackingCode'), accessSecret: text('accessSecret') };
		const failWith = (status: number, key: 'track.error.codeMissing' | 'track.error.notFound') => {
			const errors: FieldError[] = [
				{ field: 'trackingCode', code: status === 404 ? 'NOT_FOUND' : 'REQUIRED', message: t(locals.locale, key) }
			];
			return fail(status, { values, errors });
		};

		const trackingCode = normaliseTrackingCode(values.trackingCode);
		if (!trackingCode) return failWith(400, 'track.error.codeMissing');
		const accessSecret = values.accessSecret.trim() || null;

		const found = await executeOrRefuse(locals, Find, { trackingCode, accessSecret });
		if (found.refusal) {
			// Too many wrong PINs for this code (or this account): said at the PIN, in words, and
			// what was typed is kept.
			const errors: FieldError[] = [{ field: 'accessSecret', code: found.refusal.code, message: found.refusal.message }];
			return fail(429, { values, errors });
		}
		const { complaint } = found.data;
		// Same message whether the complaint does not exist or may not be seen.
		if (!complaint) return failWith(404, 'track.error.notFound');

		if (accessSecret) setAccessSecret(cookies, url, complaint.trackingCode, accessSecret);
		redirect(303, `/lacak/${encodeURIComponent(complaint.trackingCode)}`);
	}
};
