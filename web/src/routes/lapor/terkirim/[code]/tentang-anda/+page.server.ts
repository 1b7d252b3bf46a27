// The optional questions about the reporter (/lapor/terkirim/<kode>/tentang-anda), offered by the
// receipt while the filing's ticket is in this page's cookie. Answering sends the answers with
// the ticket only (never the complaint: the API stores them apart), forgets the ticket and keeps
// the code that deletes the answers for the receipt to show. "Lewati" forgets the ticket and
// stores nothing. Without the ticket (answered, skipped, a day gone) the page says so.
import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { execute, executeOrRefuse, graphql, type FieldError, type SchemaType } from '$lib/graphql';
import { t } from '$lib/i18n';
import { INCLUSION_FIELDS, type InclusionField, unknownChoices } from '$lib/inclusion';
import { normaliseTrackingCode } from '$lib/tracking-code';
import { getConfirmationSecret } from '../../../confirmation';
import { forgetInclusionTicket, getInclusionTicket, setDeletionToken } from '../../../inclusion-cookies';
import type { Actions, PageServerLoad } from './$types';

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;

const Filed = graphql(/* GraphQL */ `
	query InclusionFiledFor($trackingCode: String!, $accessSecret: String) {
		complaint(trackingCode: $trackingCode, accessSecret: $accessSecret) {
			assistance { throughSahabat }
		}
	}
`);

const Answer = graphql(/* GraphQL */ `
	mutation AnswerInclusionQuestions($input: InclusionAnswersInput!) {
		answerInclusionQuestions(input: $input) {
			deletionToken
			errors { field code message }
		}
	}
`);

const receiptOf = (trackingCode: string) => `/lapor/terkirim/${encodeURIComponent(trackingCode)}`;

export const load: PageServerLoad = async ({ params, cookies, locals, setHeaders }) => {
	const trackingCode = normaliseTrackingCode(params.code);
	setHeaders({ 'cache-control': 'private, no-store' });
	const open = getInclusionTicket(cookies, trackingCode) !== null;
	// A sahabat filing for a resident asks the resident: the page's words say so. Only to choose
	// the words: the answers never go with the complaint.
	let assisted = false;
	if (open) {
		const { complaint } = await execute(locals, Filed, { trackingCode, accessSecret: getConfirmationSecret(cookies, trackingCode) });
		assisted = !!complaint?.assistance;
	}
	return { trackingCode, receipt: receiptOf(trackingCode), open, assisted };
};

type Values = Record<InclusionField, string>;

export const actions: Actions = {
	default: async ({ request, params, cookies, locals, url }) => {
		const trackingCode = normaliseTrackingCode(params.code);
		const form = await request.formData();
		if (form.has('lewati')) {
			forgetInclusionTicket(cookies, url, trackingCode);
			redirect(303, receiptOf(trackingCode));
		}
		const text = formText(form);
		const values = Object.fromEntries(INCLUSION_FIELDS.map((field) => [field, text(field)])) as Values;
		const ticket = getInclusionTicket(cookies, trackingCode);
		if (!ticket) {
			const errors: FieldError[] = [{ field: 'ticket', code: 'ticket_spent', message: t(locals.locale, 'inclusion.questions.gone') }];
			return fail(400, { values, errors });
		}
		// A value that is none of the choices (a changed form): said at its question, never sent.
		const unknown = unknownChoices(values);
		if (unknown.length > 0) {
			const message = t(locals.locale, 'inclusion.questions.unknownChoice');
			return fail(400, { values, errors: unknown.map((field): FieldError => ({ field, code: 'invalid_choice', message })) });
		}
		// Left empty: not stated.
		const given = (field: InclusionField) => values[field] || null;
		const input = {
			ticket,
			seeing: given('seeing') as SchemaType<'Difficulty'> | null,
			hearing: given('hearing') as SchemaType<'Difficulty'> | null,
			walking: given('walking') as SchemaType<'Difficulty'> | null,
			remembering: given('remembering') as SchemaType<'Difficulty'> | null,
			selfCare: given('selfCare') as SchemaType<'Difficulty'> | null,
			communicating: given('communicating') as SchemaType<'Difficulty'> | null,
			ageBand: given('ageBand') as SchemaType<'AgeBand'> | null,
			gender: given('gender') as SchemaType<'Gender'> | null
		};
		const result = await executeOrRefuse(locals, Answer, { input }, ['RATE_LIMITED', 'BAD_USER_INPUT']);
		if (result.refusal) return fail(result.refusal.code === 'RATE_LIMITED' ? 429 : 400, { values, errors: [result.refusal] });
		const { deletionToken, errors } = result.data.answerInclusionQuestions;
		// Spent already (answered in another tab, or a day gone): not offered again.
		if (errors.some((e) => e.code === 'ticket_spent')) forgetInclusionTicket(cookies, url, trackingCode);
		if (errors.length > 0) return fail(400, { values, errors });
		forgetInclusionTicket(cookies, url, trackingCode);
		if (deletionToken) setDeletionToken(cookies, url, trackingCode, deletionToken);
		redirect(303, receiptOf(trackingCode));
	}
};
