// "Lapor untuk warga": a sahabat starts filing for a resident. The draft on this device is marked
// assisted, the same questions follow, and a consent step comes before sending. An unfinished
// draft of the sahabat's own is named before it is replaced; an unfinished one for a resident
// can be carried on. Only for a sahabat.
import { redirect } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import { requireRoles } from '$lib/server/staff';
import { journey, resumeAt } from '../filing';
import type { Actions, PageServerLoad } from './$types';

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;

const Draft = graphql(/* GraphQL */ `
	query AssistedStart { draft { step answers { assisted } } }
`);

// One operation: the mutations run in order on one request, so the new draft's cookie is the last.
const Start = graphql(/* GraphQL */ `
	mutation AssistedBegin {
		discardDraft
		saveDraft(input: { step: "", answers: { assisted: true } }) { errors { field } }
	}
`);

const Viewer = graphql(/* GraphQL */ `
	query AssistedViewer { viewer { roles } }
`);

const SAHABAT = ['SAHABAT'];

export const load: PageServerLoad = async ({ locals, url, parent, setHeaders }) => {
	const { viewer } = await parent();
	requireRoles(viewer, url, locals.locale, SAHABAT);
	setHeaders({ 'cache-control': 'private, no-store' });
	const { draft } = await execute(locals, Draft);
	// An unfinished filing of the sahabat's own is named (starting replaces it); one for a
	// resident can be carried on.
	if (draft && !draft.answers.assisted) return { resume: null, ownDraft: true };
	return { resume: resumeAt(draft), ownDraft: false };
};

export const actions: Actions = {
	default: async ({ locals, url }) => {
		const { viewer } = await execute(locals, Viewer);
		requireRoles(viewer, url, locals.locale, SAHABAT);
		// Whatever was on this device (the sahabat was told), then a fresh draft for the resident.
		await execute(locals, Start);
		redirect(303, `/lapor/${journey(true)[0]}`);
	}
};
