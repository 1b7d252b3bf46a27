// Filing the device's draft once, the same way from the check-answers page (a form post) and from
// the phone's offline outbox (/lapor/tertunda/kirim): the request id makes a second try of the same
// filing answer with the same code and PIN. The PIN goes into the tracking cookie and the
// confirmation page's own cookie, as the person then sees it. The ticket for the optional
// questions about the reporter goes into a cookie of the confirmation page too, which then offers
// them (a second try gets no ticket: the first one had it).
import type { Cookies } from '@sveltejs/kit';
import { execute, graphql, type FieldError } from '$lib/graphql';
import { setAccessSecret } from '$lib/server/access-cookie';
import { setConfirmationSecret } from './confirmation';
import { setInclusionTicket } from './inclusion-cookies';

const Submit = graphql(/* GraphQL */ `
	mutation SubmitFiling($clientRequestId: String) {
		submitDraft(clientRequestId: $clientRequestId) {
			complaint { trackingCode }
			accessSecret
			inclusionTicket
			errors { field code message }
		}
	}
`);

export type Filed = { ok: true; trackingCode: string; pin: string | null } | { ok: false; errors: FieldError[] };

export async function submitFiling(locals: App.Locals, cookies: Cookies, url: URL, clientRequestId: string): Promise<Filed> {
	const { submitDraft } = await execute(locals, Submit, { clientRequestId });
	if (submitDraft.errors.length > 0 || !submitDraft.complaint) return { ok: false, errors: submitDraft.errors };
	const trackingCode = submitDraft.complaint.trackingCode;
	const pin = submitDraft.accessSecret ?? null;
	if (pin) {
		setAccessSecret(cookies, url, trackingCode, pin);
		setConfirmationSecret(cookies, url, trackingCode, pin);
	}
	if (submitDraft.inclusionTicket) setInclusionTicket(cookies, url, trackingCode, submitDraft.inclusionTicket);
	return { ok: true, trackingCode, pin };
}
