// The projector view of a workshop for its trainer: how to join (code, spelled out, QR code made
// on the server), then who is in the room and where each one is. With scripts the data is
// reloaded whenever the room changes (workshopRoomChanged, see the page); without, a reload shows
// the same. Another trainer's workshop is not found.
import { error, fail } from '@sveltejs/kit';
import { execute, executeOrRefuse, graphql, type ResultOf } from '$lib/graphql';
import { t } from '$lib/i18n';
import { requireRoles } from '$lib/server/staff';
import type { Actions, PageServerLoad } from './$types';

const TRAINER = ['TRAINER'];

const Room = graphql(/* GraphQL */ `
	query TrainerRoom($id: ID!, $origin: String!) {
		workshop(id: $id) {
			id title joinCode joinCodeSpoken isOpen presenting startsAt districtName
			joinCodeSpelled { characters { character word } }
			joinQrSvg(origin: $origin)
			summary { joined finished needHelp }
			participants { id number displayName progress progressLabel finished left errorFieldLabel errorStepLabel }
		}
	}
`);

const Presenting = graphql(/* GraphQL */ `
	mutation TrainerPresenting($id: ID!, $presenting: Boolean!) {
		setWorkshopPresenting(id: $id, presenting: $presenting) { id presenting }
	}
`);

const Viewer = graphql(/* GraphQL */ `query TrainerRoomViewer { viewer { roles } }`);

export type RoomParticipant = ResultOf<typeof Room>['workshop']['participants'][number];

export const load: PageServerLoad = async ({ locals, url, params, parent, setHeaders, depends }) => {
	depends('suara:workshop-room');
	const { viewer } = await parent();
	requireRoles(viewer, url, locals.locale, TRAINER);
	setHeaders({ 'cache-control': 'private, no-store' });
	const result = await executeOrRefuse(locals, Room, { id: params.id, origin: url.origin }, ['NOT_FOUND']);
	if (result.refusal) error(404, { message: t(locals.locale, 'error.notFound.text'), code: 'not_found' });
	return { workshop: result.data.workshop, origin: url.origin };
};

export const actions: Actions = {
	presentasi: async ({ request, locals, url, params }) => {
		const { viewer } = await execute(locals, Viewer);
		requireRoles(viewer, url, locals.locale, TRAINER);
		const form = await request.formData();
		const result = await executeOrRefuse(locals, Presenting, { id: params.id, presenting: form.get('presenting') === 'true' }, ['NOT_FOUND']);
		if (result.refusal) return fail(404, { refused: result.refusal.message });
		return { presenting: result.data.setWorkshopPresenting.presenting };
	}
};
