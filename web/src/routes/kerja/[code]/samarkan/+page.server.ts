// Redaction before publication, for a verifier in scope or an administrator: the phrases hidden
// in the title and story (suggestions ticked, more typed in), and per photo the squares of a grid
// to blur or the whole photo hidden from the public. Each form saves one part; the page then shows
// what the public will read and see.
import { error, fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type FieldError } from '$lib/graphql';
import { t } from '$lib/i18n';
import { mutate, requireRoles } from '$lib/server/staff';
import { normaliseTrackingCode } from '$lib/tracking-code';
import type { Actions, PageServerLoad } from './$types';

const Load = graphql(/* GraphQL */ `
	query StaffRedaction($trackingCode: String!) {
		complaint(trackingCode: $trackingCode) {
			id trackingCode title story viewerMayRedact
			redaction { publicTitle publicStory differs phrases gridSize suggestions { text kind } }
			photos { id description thumbnailUrl thumbnailWidth thumbnailHeight blurred hiddenFromPublic publicThumbnailUrl }
		}
	}
`);

const Redact = graphql(/* GraphQL */ `
	mutation StaffRedact($input: RedactComplaintInput!) {
		redactComplaint(input: $input) { errors { field code message } }
	}
`);

export const load: PageServerLoad = async ({ params, url, locals, parent, setHeaders }) => {
	const { viewer } = await parent();
	requireRoles(viewer, url, locals.locale, ['VERIFIER', 'ADMINISTRATOR']);
	const trackingCode = normaliseTrackingCode(params.code);
	if (trackingCode !== params.code) redirect(308, `/kerja/${encodeURIComponent(trackingCode)}/samarkan${url.search}`);
	setHeaders({ 'cache-control': 'private, no-store' });
	const { complaint } = await execute(locals, Load, { trackingCode });
	if (!complaint?.redaction || !complaint.viewerMayRedact) {
		error(404, { message: t(locals.locale, 'error.complaintNotFound.text'), code: 'complaint_not_found' });
	}
	const done = url.searchParams.get('selesai');
	const number = Number(url.searchParams.get('foto'));
	const doneLabel =
		done === 'teks'
			? t(locals.locale, 'redact.done.text')
			: done === 'foto' && Number.isInteger(number) && number > 0
				? t(locals.locale, 'redact.done.photo', { number })
				: null;
	return { complaint: { ...complaint, redaction: complaint.redaction }, done: doneLabel };
};

/** The phrases typed one a line, with the ticked ones. */
function phrasesOf(form: FormData): string[] {
	const ticked = form.getAll('phrases').map(String);
	const typed = textOf(form, 'extra').split(/\r?\n/);
	return [...ticked, ...typed].map((p) => p.trim()).filter(Boolean);
}

/** The ticked squares ("row-column") as rectangles in fractions of the photo. */
function regionsOf(form: FormData, size: number) {
	return form
		.getAll('cells')
		.map(String)
		.map((cell) => cell.split('-').map(Number))
		.filter(([row, column]) => Number.isInteger(row) && Number.isInteger(column) && row! >= 1 && column! >= 1 && row! <= size && column! <= size)
		.map(([row, column]) => ({ x: (column! - 1) / size, y: (row! - 1) / size, w: 1 / size, h: 1 / size }));
}

const back = (code: string, query: string) => `/kerja/${encodeURIComponent(code)}/samarkan?${query}#pemberitahuan`;

export const actions: Actions = {
	text: async ({ request, locals, params }) => {
		const form = await request.formData();
		const phrases = phrasesOf(form);
		const values = { phrases: form.getAll('phrases').map(String), extra: textOf(form, 'extra') };
		const result = await mutate(locals, Redact, { input: { complaintId: textOf(form, 'complaintId'), phrases } });
		if (result.refusal) return fail(409, { form: 'text' as const, photoId: null, values, errors: [result.refusal] });
		const errors: FieldError[] = result.data.redactComplaint.errors;
		if (errors.length > 0) return fail(400, { form: 'text' as const, photoId: null, values, errors });
		redirect(303, back(params.code, 'selesai=teks'));
	},
	photo: async ({ request, locals, params }) => {
		const form = await request.formData();
		const photoId = textOf(form, 'photoId');
		const size = Number(textOf(form, 'gridSize')) || 4;
		const hidden = textOf(form, 'hidden') === 'ya';
		const values = { cells: form.getAll('cells').map(String), hidden };
		const result = await mutate(locals, Redact, {
			input: { complaintId: textOf(form, 'complaintId'), photos: [{ photoId, regions: hidden ? [] : regionsOf(form, size), hidden }] }
		});
		if (result.refusal) return fail(409, { form: 'photo' as const, photoId, values, errors: [result.refusal] });
		const errors: FieldError[] = result.data.redactComplaint.errors;
		if (errors.length > 0) return fail(400, { form: 'photo' as const, photoId, values, errors });
		redirect(303, back(params.code, `selesai=foto&foto=${encodeURIComponent(textOf(form, 'number'))}`));
	}
};
