// POST /lapor/tertunda/kirim: a filing from the phone's offline outbox (sent when the connection came
// back), as JSON: its clientRequestId, the answers of the whole journey and the step they belong
// to. Its photos went to /unggah first. The answers are saved into this device's draft, the draft
// is filed with the request id (a second try of the same id gets the same code and PIN), and what
// is left of the draft afterwards (a second try re-fills it) is discarded. The PIN is set in the
// confirmation page's cookie as the online path does (../../submit.server), and given back for the
// phone to show once.
import { json } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import { t } from '$lib/i18n';
import { submitFiling } from '../../submit.server';
import { assistedSteps } from '../../filing';
import type { RequestHandler } from './$types';

const Save = graphql(/* GraphQL */ `
	mutation OutboxSave($input: SaveDraftInput!) {
		saveDraft(input: $input) { errors { field code message } }
	}
`);

const Discard = graphql(/* GraphQL */ `
	mutation OutboxDiscard { discardDraft }
`);

type Answer = string | boolean | null;

/** The draft's answers (DraftAnswersInput) a phone may send; "assisted" is set by the server's page only. */
const textAnswers = new Set([
	'categoryId', 'consentGivenAt', 'consentMethod', 'consentNote', 'contactPreference', 'districtCode', 'incidentDate',
	'kind', 'landmark', 'latitude', 'longitude', 'privacy', 'relaySahabatId', 'reporterEmail', 'reporterName',
	'reporterPhone', 'story', 'suggestedAgencyId', 'title', 'villageCode'
]);
const choiceAnswers = new Set(['consentReadBack', 'showReporterName']);

function readBody(body: unknown): { clientRequestId: string; step: string; answers: Record<string, Answer> } | null {
	if (!body || typeof body !== 'object') return null;
	const { clientRequestId, step, answers } = body as Record<string, unknown>;
	if (typeof clientRequestId !== 'string' || !/^[A-Za-z0-9-]{8,100}$/.test(clientRequestId)) return null;
	if (typeof step !== 'string' || !(assistedSteps as readonly string[]).includes(step)) return null;
	if (!answers || typeof answers !== 'object' || Array.isArray(answers)) return null;
	const clean: Record<string, Answer> = {};
	for (const [key, value] of Object.entries(answers as Record<string, unknown>)) {
		if (textAnswers.has(key) && (typeof value === 'string' || value === null)) clean[key] = value;
		else if (choiceAnswers.has(key) && (typeof value === 'boolean' || value === null)) clean[key] = value;
	}
	return { clientRequestId, step, answers: clean };
}

export const POST: RequestHandler = async ({ request, locals, cookies, url }) => {
	let parsed: ReturnType<typeof readBody> = null;
	try {
		parsed = readBody(await request.json());
	} catch {
		parsed = null;
	}
	if (!parsed) return json({ errors: [{ field: '', code: 'invalid', message: t(locals.locale, 'error.badInput.text') }] }, { status: 400 });
	const { saveDraft } = await execute(locals, Save, { input: { step: parsed.step, answers: parsed.answers, check: [] } });
	if (saveDraft.errors.length > 0) return json({ errors: saveDraft.errors }, { status: 422, headers: { 'cache-control': 'no-store' } });
	const filed = await submitFiling(locals, cookies, url, parsed.clientRequestId);
	if (!filed.ok) return json({ errors: filed.errors }, { status: 422, headers: { 'cache-control': 'no-store' } });
	// Filed now, the draft is gone already; filed before, this try re-filled it: forget it.
	await execute(locals, Discard);
	return json({ trackingCode: filed.trackingCode, pin: filed.pin }, { headers: { 'cache-control': 'no-store' } });
};
