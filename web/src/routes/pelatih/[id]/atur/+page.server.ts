// "Atur ruang": the trainer of this workshop starts one participant or the whole room over, or
// ends the workshop. Two steps, both plain form posts: choose (what, and whom), then confirm on
// a page that says what will be deleted; the result is said on the page after a redirect.
import { fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type FieldError } from '$lib/graphql';
import { t } from '$lib/i18n';
import { mutate, requireRoles } from '$lib/server/staff';
import type { Actions, PageServerLoad } from './$types';

const Roster = graphql(/* GraphQL */ `
	query WorkshopManageRoster($workshopId: ID!) {
		workshopRoster(workshopId: $workshopId) { id title open participants { id number displayName progress } }
	}
`);

const ResetOne = graphql(/* GraphQL */ `
	mutation WorkshopResetParticipant($workshopId: ID!, $participantId: ID!) {
		resetWorkshopParticipant(workshopId: $workshopId, participantId: $participantId) { errors { field code message } removedComplaints participants }
	}
`);

const ResetRoom = graphql(/* GraphQL */ `
	mutation WorkshopResetRoom($workshopId: ID!) {
		resetWorkshopRoom(workshopId: $workshopId) { errors { field code message } removedComplaints participants }
	}
`);

const End = graphql(/* GraphQL */ `
	mutation WorkshopEnd($workshopId: ID!) {
		endWorkshop(workshopId: $workshopId) { errors { field code message } removedComplaints participants }
	}
`);

const TRAINER = ['TRAINER'];
const CHOICES = ['reset-one', 'reset-room', 'end'] as const;
type Choice = (typeof CHOICES)[number];

export const load: PageServerLoad = async ({ locals, url, params, parent, setHeaders }) => {
	const { viewer } = await parent();
	requireRoles(viewer, url, locals.locale, TRAINER);
	setHeaders({ 'cache-control': 'private, no-store' });
	const { workshopRoster } = await execute(locals, Roster, { workshopId: params.id });
	const done = url.searchParams.get('selesai');
	return {
		roster: workshopRoster,
		done: (CHOICES as readonly string[]).includes(done ?? '')
			? {
					what: done as Choice,
					participant: url.searchParams.get('peserta')?.slice(0, 80) ?? '',
					count: Number(url.searchParams.get('jumlah')) || 0,
					participants: Number(url.searchParams.get('peserta_jumlah')) || 0
				}
			: null
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, url }) => {
		const form = await request.formData();
		const values = { what: textOf(form, 'what'), participantId: textOf(form, 'participantId') };
		const confirmed = textOf(form, 'confirmed') === '1';
		const errors: FieldError[] = [];
		if (!(CHOICES as readonly string[]).includes(values.what)) {
			errors.push({ field: 'what', code: 'required', message: t(locals.locale, 'workshopManage.what.required') });
		}
		if (values.what === 'reset-one' && !values.participantId) {
			errors.push({ field: 'participantId', code: 'required', message: t(locals.locale, 'workshopManage.participant.required') });
		}
		if (errors.length > 0) return fail(400, { values, errors, confirm: false });
		const what = values.what as Choice;
		if (!confirmed) return { values, errors: [] as FieldError[], confirm: true };

		const workshopId = params.id;
		const result =
			what === 'reset-one'
				? await mutate(locals, ResetOne, { workshopId, participantId: values.participantId })
				: what === 'reset-room'
					? await mutate(locals, ResetRoom, { workshopId })
					: await mutate(locals, End, { workshopId });
		if (result.refusal) return fail(409, { values, errors: [{ ...result.refusal, field: 'what' }], confirm: false });
		const data = result.data as Record<string, { errors: FieldError[]; removedComplaints: number; participants: number }>;
		const payload = Object.values(data)[0]!;
		if (payload.errors.length > 0) return fail(400, { values, errors: payload.errors, confirm: false });
		const done = new URLSearchParams({ selesai: what, jumlah: String(payload.removedComplaints), peserta_jumlah: String(payload.participants) });
		if (what === 'reset-one') done.set('peserta', values.participantId);
		redirect(303, `${url.pathname}?${done}`);
	}
};
