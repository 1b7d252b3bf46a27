// The confirmation after filing: the tracking code, the PIN (from a cookie only this page sees),
// when the verifier will have looked at it, and whether the receipt went out by SMS or e-mail;
// the optional questions about the reporter (tentang-anda) while its ticket is here, and the code
// that deletes the answers once given.
import { error } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import { t } from '$lib/i18n';
import { getAccessSecret } from '$lib/server/access-cookie';
import { normaliseTrackingCode } from '$lib/tracking-code';
import { getConfirmationSecret } from '../../confirmation';
import { getDeletionToken, getInclusionTicket } from '../../inclusion-cookies';
import type { PageServerLoad } from './$types';

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;

const Filed = graphql(/* GraphQL */ `
	query FilingFiled($trackingCode: String!, $accessSecret: String) {
		complaint(trackingCode: $trackingCode, accessSecret: $accessSecret) {
			trackingCode
			verifyDueAt
			receipt { channel state }
			reporterName
			assistance { sahabatName consentMethod consentGivenAt throughSahabat }
		}
	}
`);

export const load: PageServerLoad = async ({ params, locals, cookies, setHeaders, url }) => {
	const trackingCode = normaliseTrackingCode(params.code);
	const pin = getConfirmationSecret(cookies, trackingCode);
	const { complaint } = await execute(locals, Filed, {
		trackingCode,
		accessSecret: pin ?? getAccessSecret(cookies, trackingCode) ?? null
	});
	if (!complaint) {
		error(404, { message: t(locals.locale, 'error.complaintNotFound.text'), code: 'complaint_not_found' });
	}
	// The PIN is on this page: never in a shared cache.
	setHeaders({ 'cache-control': 'private, no-store' });
	return {
		trackingCode: complaint.trackingCode,
		verifyDueAt: complaint.verifyDueAt,
		receipt: complaint.receipt,
		// Filed by a sahabat for a resident: the page is the resident's receipt.
		assisted: complaint.assistance ? { ...complaint.assistance, residentName: complaint.reporterName } : null,
		pin,
		// The optional questions about the reporter: offered while the filing's ticket is here; once
		// answered, the code that deletes the answers (an hour, like the PIN).
		inclusion: {
			offered: getInclusionTicket(cookies, trackingCode) !== null,
			deletionToken: getDeletionToken(cookies, trackingCode)
		},
		deleteUrl: `${url.origin}/hapus-jawaban`,
		// Printed on paper, where a link cannot be followed: the whole address.
		trackUrl: `${url.origin}/lacak/${encodeURIComponent(complaint.trackingCode)}`
	};
};
