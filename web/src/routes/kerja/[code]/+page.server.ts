// A complaint as staff see it: the full timeline (internal notes for those allowed), the
// reporter only as privacy allows (the API decides), and a form for each action allowed right
// now. One form action takes any workflow action; refusals and field errors come back to the
// page, success comes back as a notice that takes focus.
import { error, fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type FieldError, type VariablesOf } from '$lib/graphql';
import { dictionaries, t, type MessageKey } from '$lib/i18n';
import { mutate, requireRoles } from '$lib/server/staff';
import { normaliseTrackingCode } from '$lib/tracking-code';
import type { Actions, PageServerLoad } from './$types';

const Load = graphql(/* GraphQL */ `
	query StaffComplaint($trackingCode: String!) {
		complaint(trackingCode: $trackingCode) {
			id trackingCode title story kind kindLabel status statusLabel privacy showReporterName isSandbox channelLabel
			submittedAt incidentDate landmark reporterName reporterPhone reporterEmail rating ratingComment
			viewerMayRestrictPrivacy reporterHiddenFromViewer viewerMayRedact identityRevealState
			redaction { differs }
			suggestedAgency { id name }
			routedAgency { id name }
			district { name }
			village { name }
			category { id name }
			agency { id name }
			deadline { label isOverdue isPaused dueAt }
			availableActions { action label noteAudience inputs requiredInputs isPrimary isDestructive }
			rejectReasons { value label }
			timeline { id type summary(audience: STAFF) fromStatus toStatus statusLabel note createdAt visibility noteVisibility actorRoleLabel }
			photos { id description url thumbnailUrl thumbnailWidth thumbnailHeight }
			assistance { sahabatName consentMethod consentGivenAt }
			consentSlip { id url thumbnailUrl thumbnailWidth thumbnailHeight }
			likelyDuplicates { trackingCode title statusLabel districtName villageName supportCount score }
		}
		agencies { id name }
		categories { id name }
	}
`);

const Templates = graphql(/* GraphQL */ `
	query StaffTemplates { responseTemplates { id title body } }
`);

const Act = graphql(/* GraphQL */ `
	mutation StaffAct($input: ActOnComplaintInput!) {
		actOnComplaint(input: $input) { errors { field code message } }
	}
`);

const Destructive = graphql(/* GraphQL */ `
	query StaffDestructive($trackingCode: String!) {
		complaint(trackingCode: $trackingCode) { availableActions { action isDestructive } }
	}
`);

const Merge = graphql(/* GraphQL */ `
	mutation StaffMerge($input: MergeComplaintInput!) {
		mergeComplaint(input: $input) { errors { field code message } }
	}
`);

const Restrict = graphql(/* GraphQL */ `
	mutation StaffRestrictPrivacy($input: RestrictComplaintPrivacyInput!) {
		restrictComplaintPrivacy(input: $input) { errors { field code message } }
	}
`);

/** Answer templates fill an answer the reporter reads: an action whose form takes a body that is
 * not staff-only (from the API's workflow table). */
function takesTemplate(option: { inputs: string[]; noteAudience: string | null }): boolean {
	return option.inputs.includes('body') && option.noteAudience !== 'STAFF';
}

export const load: PageServerLoad = async ({ params, url, locals, parent, setHeaders }) => {
	const { viewer } = await parent();
	requireRoles(viewer, url, locals.locale);
	const trackingCode = normaliseTrackingCode(params.code);
	if (trackingCode !== params.code) redirect(308, `/kerja/${encodeURIComponent(trackingCode)}${url.search}`);
	setHeaders({ 'cache-control': 'private, no-store' });
	const data = await execute(locals, Load, { trackingCode });
	if (!data.complaint) {
		error(404, { message: t(locals.locale, 'error.complaintNotFound.text'), code: 'complaint_not_found' });
	}
	const templateTargets = data.complaint.availableActions.filter(takesTemplate).map((a) => a.action);
	const wantsTemplates = templateTargets.length > 0 && (viewer?.roles.includes('AGENCY_OFFICER') ?? false);
	const templates = wantsTemplates ? (await execute(locals, Templates)).responseTemplates : [];

	// "Use template" without JavaScript: ?templat=<id>&untuk=<action> fills that form's text.
	const target = url.searchParams.get('untuk') ?? '';
	const chosen = templates.find((tpl) => tpl.id === url.searchParams.get('templat'));
	const prefill = chosen && templateTargets.some((a) => a === target) ? { action: target, templateId: chosen.id, body: chosen.body } : null;

	const done = url.searchParams.get('selesai');
	const doneLabel =
		done === 'privacy'
			? t(locals.locale, 'staff.complaint.privacyDone')
			: done === 'merge'
				? t(locals.locale, 'staff.duplicates.done', { code: url.searchParams.get('ke') ?? '' })
			: done
				? t(locals.locale, 'staff.complaint.done', { action: labelOf(done, locals.locale) })
				: null;
	return {
		complaint: data.complaint,
		agencies: data.agencies,
		categories: data.categories,
		templates,
		prefill,
		templateTargets,
		done: doneLabel
	};
};

/** The action's name in words, from the catalogue the API also uses for availableActions. */
function labelOf(action: string, locale: App.Locals['locale']): string {
	const key = `staff.action.${action}.submit`;
	return key in dictionaries[locale] ? t(locale, key as MessageKey) : action;
}

/** Whether the workflow table marks this action destructive for this complaint. */
async function isDestructive(locals: App.Locals, code: string, action: string): Promise<boolean> {
	const data = await execute(locals, Destructive, { trackingCode: normaliseTrackingCode(code) });
	return data.complaint?.availableActions.some((a) => a.action === action && a.isDestructive) ?? false;
}

export const actions: Actions = {
	act: async ({ request, locals, params }) => {
		const form = await request.formData();
		const action = textOf(form, 'action');
		const complaintId = textOf(form, 'complaintId');
		const values: Record<string, string | string[]> = {};
		const input: Record<string, unknown> = { complaintId, action };
		for (const name of ['note', 'body', 'reason', 'agencyId', 'title', 'kind', 'categoryId']) {
			if (form.has(name)) {
				values[name] = textOf(form, name);
				input[name] = textOf(form, name) || null;
			}
		}
		if (form.has('copyAgencyIds')) {
			const copies = form.getAll('copyAgencyIds').map(String).filter(Boolean);
			values['copyAgencyIds'] = copies;
			input['copyAgencyIds'] = copies;
		}
		// An action that ends the complaint unanswered is confirmed first, as a page of its own
		// (no script needed): the inputs are checked now, so the question comes only for a valid request.
		const needsConfirmation = textOf(form, 'confirm') !== '1' && (await isDestructive(locals, params.code, action));
		// The action and the enum answers (reason, kind) are the form's words; the API refuses any it
		// does not define (a bad-input page), so they are passed on as typed.
		const act = input as VariablesOf<typeof Act>['input'];
		const result = await mutate(locals, Act, { input: needsConfirmation ? { ...act, validateOnly: true } : act });
		if (result.refusal) return fail(409, { action, values, errors: [result.refusal] });
		const errors = result.data.actOnComplaint.errors;
		if (errors.length > 0) return fail(400, { action, values, errors });
		if (needsConfirmation) return { action, values, errors: [] as FieldError[], confirm: true };
		redirect(303, `/kerja/${encodeURIComponent(params.code)}?selesai=${encodeURIComponent(action)}#pemberitahuan`);
	},
	// Merging a duplicate into the complaint chosen from the likely duplicates: the first press
	// checks it can be done and asks "are you sure?" on the page, the second merges.
	merge: async ({ request, locals, params }) => {
		const form = await request.formData();
		const intoTrackingCode = textOf(form, 'intoTrackingCode');
		const values = { intoTrackingCode };
		const confirmed = textOf(form, 'confirm') === '1';
		const input = { complaintId: textOf(form, 'complaintId'), intoTrackingCode, validateOnly: !confirmed };
		const result = await mutate(locals, Merge, { input });
		if (result.refusal) return fail(409, { action: 'merge', values, errors: [result.refusal] });
		const errors = result.data.mergeComplaint.errors;
		if (errors.length > 0) return fail(400, { action: 'merge', values, errors });
		if (!confirmed) return { action: 'merge', values, errors: [] as FieldError[], confirm: true };
		redirect(303, `/kerja/${encodeURIComponent(params.code)}?selesai=merge&ke=${encodeURIComponent(intoTrackingCode)}#pemberitahuan`);
	},
	privacy: async ({ request, locals, params }) => {
		const form = await request.formData();
		const choice = textOf(form, 'privacy');
		const [privacy, named] = choice === 'PUBLIC_NAMED' ? ['PUBLIC', true] : [choice, false];
		const result = await mutate(locals, Restrict, {
			input: { complaintId: textOf(form, 'complaintId'), privacy: String(privacy), showReporterName: Boolean(named) }
		});
		const values = { privacy: choice };
		if (result.refusal) return fail(409, { action: 'privacy', values, errors: [result.refusal] });
		const errors = result.data.restrictComplaintPrivacy.errors;
		if (errors.length > 0) return fail(400, { action: 'privacy', values, errors });
		redirect(303, `/kerja/${encodeURIComponent(params.code)}?selesai=privacy#pemberitahuan`);
	}
};
