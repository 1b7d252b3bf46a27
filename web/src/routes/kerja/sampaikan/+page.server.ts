// "Perlu disampaikan": messages for residents who hear back through this sahabat (no channel of
// their own), oldest first, each with its due time; one form per message records how it was
// passed on. Only for a sahabat.
import { fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type FieldError } from '$lib/graphql';
import { mutate, requireRoles } from '$lib/server/staff';
import type { Actions, PageServerLoad } from './$types';

const Tasks = graphql(/* GraphQL */ `
	query SahabatRelayTasks {
		sahabatTasks { id title body trackingCode createdAt dueAt overdue mayRate }
	}
`);

const Record = graphql(/* GraphQL */ `
	mutation SahabatRecordRelay($input: RecordRelayInput!) {
		recordRelay(input: $input) { ok errors { field code message } }
	}
`);

const SAHABAT = ['SAHABAT'];

export const load: PageServerLoad = async ({ locals, url, parent, setHeaders }) => {
	const { viewer } = await parent();
	requireRoles(viewer, url, locals.locale, SAHABAT);
	setHeaders({ 'cache-control': 'private, no-store' });
	const { sahabatTasks } = await execute(locals, Tasks);
	return { tasks: sahabatTasks, done: url.searchParams.get('selesai') === '1' };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const form = await request.formData();
		const values = {
			taskId: textOf(form, 'taskId'),
			relayChannel: textOf(form, 'relayChannel'),
			relayNote: textOf(form, 'relayNote'),
			residentRating: textOf(form, 'residentRating'),
			residentRatingComment: textOf(form, 'residentRatingComment'),
			residentReply: textOf(form, 'residentReply')
		};
		const rating = Number(values.residentRating);
		const result = await mutate(locals, Record, {
			input: {
				...values,
				// Not chosen: no rating; anything but a whole number from the form is for the API to refuse.
				residentRating: values.residentRating === '' ? null : Number.isInteger(rating) ? rating : 0
			}
		});
		if (result.refusal) {
			const errors: FieldError[] = [{ field: 'relayChannel', code: result.refusal.code, message: result.refusal.message }];
			return fail(409, { values, errors });
		}
		if (!result.data.recordRelay.ok) return fail(400, { values, errors: result.data.recordRelay.errors });
		redirect(303, `${url.pathname}?selesai=1`);
	}
};
