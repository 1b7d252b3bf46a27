// What both steps of "saya juga mengalami" without an account share: the complaint as the public
// sees it (enough to name it and to know whether it may be supported), and the short-lived
// cookie that carries the contact and the "ikuti kabar" choice from step 1 to step 2.
import { error, redirect, type Cookies } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import { t } from '$lib/i18n';
import { normaliseTrackingCode } from '$lib/tracking-code';

const Supportable = graphql(/* GraphQL */ `
	query SupportableComplaint($trackingCode: String!) {
		complaint(trackingCode: $trackingCode) {
			trackingCode title supportCount viewerSupports supportRefusal
		}
	}
`);

/** The complaint, or the same 404 as its tracking page; a code typed another way goes to its own address. */
export async function supportable(locals: App.Locals, params: { code: string }, url: URL, step: '' | '/kode') {
	const trackingCode = normaliseTrackingCode(params.code);
	if (trackingCode !== params.code) redirect(308, `/lacak/${encodeURIComponent(trackingCode)}/dukung${step}${url.search}`);
	const { complaint } = await execute(locals, Supportable, { trackingCode });
	if (!complaint) error(404, { message: t(locals.locale, 'error.complaintNotFound.text'), code: 'complaint_not_found' });
	return complaint;
}

const COOKIE = 'dukung';

export type Pending = { contact: string; follow: boolean };

const pathOf = (trackingCode: string) => `/lacak/${encodeURIComponent(trackingCode)}/dukung`;

export function rememberPending(cookies: Cookies, trackingCode: string, pending: Pending, secure: boolean): void {
	cookies.set(COOKIE, JSON.stringify(pending), { path: pathOf(trackingCode), httpOnly: true, sameSite: 'lax', secure, maxAge: 30 * 60 });
}

export function pendingOf(cookies: Cookies): Pending | null {
	try {
		const value = JSON.parse(cookies.get(COOKIE) ?? 'null') as Partial<Pending> | null;
		return value && typeof value.contact === 'string' ? { contact: value.contact, follow: value.follow === true } : null;
	} catch {
		return null;
	}
}

export function forgetPending(cookies: Cookies, trackingCode: string): void {
	cookies.delete(COOKIE, { path: pathOf(trackingCode) });
}
