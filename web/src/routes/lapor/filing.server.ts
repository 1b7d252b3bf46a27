// One step's load and action, shared by every step page: the answers come from this device's
// draft (and nothing else about the person), the action saves the step's answers with the API
// checking only that step's fields, then goes on (or back to the check-answers page).
import { fail, redirect, type Cookies } from '@sveltejs/kit';
import { execute, graphql, type FieldError } from '$lib/graphql';
import { isShellRequest } from '$lib/pwa/shell.server';
import { namesFrom, type AnswerNames, type AnswerReference } from './answers';
import { fromDraft, neighbours, readStep, stepChecks, type DraftAnswers, type FilingValues, type Step } from './filing';

const LoadDraft = graphql(/* GraphQL */ `
	query FilingDraft {
		draft { step answers {
			kind title story incidentDate districtCode villageCode landmark latitude longitude categoryId
			suggestedAgencyId privacy showReporterName reporterName contactPreference reporterPhone reporterEmail
			assisted consentMethod consentReadBack consentNote relaySahabatId
		} photos { id fileName description sizeBytes url thumbnailUrl thumbnailWidth thumbnailHeight }
		consentSlip { id fileName thumbnailUrl thumbnailWidth thumbnailHeight } }
	}
`);

const Save = graphql(/* GraphQL */ `
	mutation SaveFilingStep($input: SaveDraftInput!) {
		saveDraft(input: $input) { draft { answers { assisted title story districtCode villageCode categoryId } } errors { field code message } }
	}
`);

const regencyCode = '73.06';

const Reference = graphql(/* GraphQL */ `
	query FilingCheckNames($parentCode: String!) {
		regions(parentCode: $parentCode) { code name children { code name } }
		categories { id name }
		agencies { id name }
	}
`);

const RelayPicked = graphql(/* GraphQL */ `
	query FilingRelayPicked($districtCode: String!) {
		sahabatDirectory(districtCode: $districtCode) { sahabat { id name } }
	}
`);

/** The names of the chosen kecamatan, desa, category and agency (and the sahabat picked to pass
 * news on), for the answers in words. */
export async function answerNames(locals: App.Locals, v: FilingValues, known?: AnswerReference): Promise<AnswerNames> {
	const picked = v.contactPreference === 'SAHABAT' && v.relaySahabatId && v.districtCode;
	const [reference, relay] = await Promise.all([
		known ?? answerReference(locals),
		picked ? execute(locals, RelayPicked, { districtCode: v.districtCode }) : null
	]);
	return {
		...namesFrom(reference, v),
		relaySahabat: relay?.sahabatDirectory?.sahabat.find((s) => s.id === v.relaySahabatId)?.name ?? null
	};
}

/** Every name the answers may need (kecamatan with their desa, categories, agencies): what the
 * check-answers page kept for offline use looks the phone's answers up in. */
export async function answerReference(locals: App.Locals): Promise<AnswerReference> {
	return execute(locals, Reference, { parentCode: regencyCode });
}

export async function loadDraft(locals: App.Locals) {
	// The service worker's shell of the page: empty answers, and no draft read (see $lib/pwa/policy).
	const { draft } = isShellRequest() ? { draft: null } : await execute(locals, LoadDraft);
	return { values: fromDraft(draft?.answers), photos: draft?.photos ?? [], consentSlip: draft?.consentSlip ?? null };
}

/** The data every step page gets: its answers, where back and next lead, and change mode. */
export async function loadStep(step: Step, locals: App.Locals, url: URL, setHeaders: (h: Record<string, string>) => void) {
	// The answers are this device's: never from a shared cache.
	setHeaders({ 'cache-control': 'private, no-store' });
	const changing = url.searchParams.get('ubah') === '1';
	const draft = await loadDraft(locals);
	// The page the service worker keeps for offline use: for nobody; the page fills it from the phone.
	const shell = isShellRequest();
	const assisted = draft.values.assisted;
	// The consent step belongs to a sahabat's filing for a resident only (its shell is kept for
	// one made offline: the phone's copy says whether it is one).
	if (step === 'persetujuan' && !assisted && !shell) redirect(303, '/lapor/periksa');
	return { step, changing, assisted, shell, ...neighbours(step, changing, assisted || step === 'persetujuan'), ...draft };
}

/** When a post shows the step again with the answers so far instead of going on: the lokasi
 * step's "Pilih kecamatan" without JavaScript (it narrows the desa list), the consent step sent
 * with a slip photo chosen and not uploaded; what to add to the address, and where to land. */
export interface StayOnStep {
	when: (form: FormData) => boolean;
	search?: string;
	fragment: string;
}

/**
 * A page shown between a step and the next only when it has something to say (the likely
 * duplicates after the category step): given the saved draft's answers, where to go instead of the
 * next step, or null to go on.
 */
/** Where to go instead of the next step, decided from the draft's answers as just saved. */
export type Detour = (locals: App.Locals, changing: boolean, saved: FilingValues) => Promise<string | null>;

/**
 * The step's form action: save, then on to the next step; errors come back with what was typed.
 * With `stay`, a post it matches saves the answers as typed (checked later, as every draft answer
 * is) and shows the same step again. With `detour`, a saved step may lead to that page first.
 */
export function stepAction(step: Step, stay?: StayOnStep, detour?: Detour) {
	return async ({ request, locals }: { request: Request; locals: App.Locals; cookies: Cookies }) => {
		const form = await request.formData();
		const changing = form.get('ubah') === '1';
		const { values, answers } = readStep(step, form);
		const staying = stay !== undefined && stay.when(form);
		const { saveDraft } = await execute(locals, Save, {
			input: { step, answers, check: staying ? [] : [...stepChecks[step]] }
		});
		if (staying) {
			const search = [changing ? 'ubah=1' : null, stay.search ?? null].filter(Boolean).join('&');
			redirect(303, `/lapor/${step}${search ? `?${search}` : ''}#${stay.fragment}`);
		}
		if (saveDraft.errors.length > 0) return fail(400, { values, errors: saveDraft.errors });
		const instead = detour ? await detour(locals, changing, fromDraft(saveDraft.draft.answers)) : null;
		redirect(303, instead ?? neighbours(step, changing, saveDraft.draft.answers.assisted).next);
	};
}
