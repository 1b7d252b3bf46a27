// "Buka identitas pelapor": an administrator opens an anonymous or confidential complaint's hidden
// identity when the law requires it, with a written reason and a fresh second factor. The identity
// comes back only in the answer to the form post and is shown on that response, once; the page
// itself (and every other page) keeps hiding it. The reveals so far are listed with who and why.
import { scopedMessages } from '$lib/i18n';
import { error, fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type FieldError } from '$lib/graphql';
import { t } from '$lib/i18n';
import { mutate, requireRoles } from '$lib/server/staff';
import { normaliseTrackingCode } from '$lib/tracking-code';
import type { Actions, PageServerLoad } from './$types';

const Load = graphql(/* GraphQL */ `
	query RevealIdentityPage($trackingCode: String!) {
		complaint(trackingCode: $trackingCode) {
			id trackingCode identityRevealState
			identityReveals { id revealedAt reason adminName }
		}
	}
`);

const Reveal = graphql(/* GraphQL */ `
	mutation RevealIdentity($input: RevealIdentityInput!) {
		revealIdentity(input: $input) {
			identity { name phone email hasAccount }
			errors { field code message }
		}
	}
`);

export const load: PageServerLoad = async ({ params, url, locals, parent, setHeaders }) => {
	const { viewer } = await parent();
	requireRoles(viewer, url, locals.locale, ['ADMINISTRATOR']);
	const trackingCode = normaliseTrackingCode(params.code);
	if (trackingCode !== params.code) redirect(308, `/kerja/${encodeURIComponent(trackingCode)}/buka-identitas${url.search}`);
	setHeaders({ 'cache-control': 'private, no-store' });
	const { complaint } = await execute(locals, Load, { trackingCode });
	if (!complaint?.identityRevealState) {
		error(404, { message: t(locals.locale, 'error.complaintNotFound.text'), code: 'complaint_not_found' });
	}
	return { complaint: { ...complaint, identityRevealState: complaint.identityRevealState }, scopedMessages: scopedMessages(locals, ['reveal']) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await request.formData();
		const values = { reason: textOf(form, 'reason') };
		const result = await mutate(locals, Reveal, { input: { complaintId: textOf(form, 'complaintId'), reason: values.reason } });
		if (result.refusal) return fail(409, { values, errors: [result.refusal] as FieldError[], identity: null });
		const { identity, errors } = result.data.revealIdentity;
		if (errors.length > 0 || !identity) return fail(400, { values, errors: errors as FieldError[], identity: null });
		// Shown on this response only: no redirect to a page that could show it again.
		return { values: { reason: '' }, errors: [] as FieldError[], identity };
	}
};
