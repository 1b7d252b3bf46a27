// "Jam cepat": the fast clock of the trainer's own workshop. The practice complaints with their
// next step, one button per complaint that plays it (the trainer as the pretend verifier or
// agency), and a form to start or stop the automatic script at a chosen speed. Only for the
// workshop's trainer (anyone else: not found). Plain form posts; with scripts the page reloads
// this data whenever a practice complaint of the workshop changed (depends below).
import { fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type FieldError } from '$lib/graphql';
import { mutate, requireRoles } from '$lib/server/staff';
import type { Actions, PageServerLoad } from './$types';

const Clock = graphql(/* GraphQL */ `
	query WorkshopClockPage($id: ID!) {
		workshopClock(workshopId: $id) {
			workshopId title running speed closed
			speeds { value current }
			complaints {
				id trackingCode participantNumber status statusLabel
				nextStep nextStepLabel dueAt pretendDayLabel nextStepDayLabel
			}
		}
	}
`);

const Play = graphql(/* GraphQL */ `
	mutation WorkshopClockPlay($input: PlayWorkshopClockStepInput!) {
		playWorkshopClockStep(input: $input) { errors { field code message } complaint { id trackingCode status } }
	}
`);

const SetClock = graphql(/* GraphQL */ `
	mutation WorkshopClockSet($input: SetWorkshopClockInput!) {
		setWorkshopClock(input: $input) { errors { field code message } clock { running speed } }
	}
`);

const TRAINER = ['TRAINER'];
const STEPS = ['verify', 'dispose', 'followUp', 'resolve'] as const;

export const load: PageServerLoad = async ({ locals, url, params, parent, setHeaders, depends }) => {
	depends('suara:workshop-clock');
	const { viewer } = await parent();
	requireRoles(viewer, url, locals.locale, TRAINER);
	setHeaders({ 'cache-control': 'private, no-store' });
	const { workshopClock } = await execute(locals, Clock, { id: params.id });
	return { clock: workshopClock, played: url.searchParams.get('langkah'), set: url.searchParams.get('jam') };
};

export const actions: Actions = {
	play: async ({ request, locals, params, url }) => {
		const form = await request.formData();
		const values = { complaintId: textOf(form, 'complaintId'), step: textOf(form, 'step') };
		// The step the button showed: a complaint that moved meanwhile is refused, never moved twice.
		const step = STEPS.find((s) => s === values.step) ?? null;
		const result = await mutate(locals, Play, { input: { workshopId: params.id, complaintId: values.complaintId, step } });
		if (result.refusal) {
			const errors: FieldError[] = [{ field: 'complaintId', code: result.refusal.code, message: result.refusal.message }];
			return fail(409, { action: 'play' as const, values, errors });
		}
		const payload = result.data.playWorkshopClockStep;
		if (payload.errors.length > 0 || !payload.complaint) {
			return fail(400, { action: 'play' as const, values, errors: payload.errors.map((e) => ({ ...e, field: 'complaintId' })) });
		}
		redirect(303, `${url.pathname}?langkah=${encodeURIComponent(payload.complaint.trackingCode)}`);
	},
	clock: async ({ request, locals, params, url }) => {
		const form = await request.formData();
		const values = { running: textOf(form, 'running'), speed: textOf(form, 'speed') };
		const speed = Number(values.speed);
		const result = await mutate(locals, SetClock, {
			input: {
				workshopId: params.id,
				running: values.running === 'on',
				// Anything but a whole number from the form is for the API to refuse.
				speed: Number.isInteger(speed) ? speed : 0
			}
		});
		if (result.refusal) {
			const errors: FieldError[] = [{ field: 'speed', code: result.refusal.code, message: result.refusal.message }];
			return fail(409, { action: 'clock' as const, values, errors });
		}
		const payload = result.data.setWorkshopClock;
		if (payload.errors.length > 0) return fail(400, { action: 'clock' as const, values, errors: payload.errors });
		redirect(303, `${url.pathname}?jam=${payload.clock?.running ? 'jalan' : 'henti'}`);
	}
};
