// The filing's model: the steps in order, the form fields each step asks, and how a
// step's form values map to the device's draft answers (and back). Shared by the actions, the
// pages and the local copy kept in the browser.
import { formText } from '$lib/form-data';

export const steps = [
	'jenis',
	'kejadian',
	'waktu',
	'lokasi',
	'kategori',
	'instansi',
	'foto',
	'privasi',
	'kabar'
] as const;
/** "Lapor untuk warga": a sahabat asks the same questions, then records the resident's consent. */
export const assistedSteps = [...steps, 'persetujuan'] as const;
export type Step = (typeof assistedSteps)[number];

/** The steps of this draft's journey. */
export function journey(assisted: boolean): readonly Step[] {
	return assisted ? assistedSteps : steps;
}

/**
 * Where to carry on with a saved draft: after the last step saved (a draft from before the steps
 * existed starts at the first; one saved at the last step goes to checking the answers).
 */
export function resumeAt(draft: { step: string; answers: { assisted?: boolean | null } } | null): string | null {
	if (!draft) return null;
	const order: readonly string[] = journey(draft.answers.assisted === true);
	const saved = order.indexOf(draft.step);
	if (saved === -1) return `/lapor/${order[0]}`;
	return saved === order.length - 1 ? '/lapor/periksa' : `/lapor/${order[saved + 1]}`;
}

/** How the resident agreed to an assisted filing (the API's ConsentMethod). */
export const consentMethods = ['SPOKEN', 'WRITTEN', 'SIGN_LANGUAGE', 'THUMBPRINT', 'OTHER'] as const;

/** The form values of the whole filing, as the pages show them. */
export interface FilingValues {
	kind: string;
	title: string;
	story: string;
	incidentDay: string;
	incidentMonth: string;
	incidentYear: string;
	/** "I do not remember the exact date". */
	dateUnknown: boolean;
	districtCode: string;
	villageCode: string;
	landmark: string;
	latitude: string;
	longitude: string;
	categoryId: string;
	/** '' with agencyChosen: "I don't know"; not chosen yet: the suggestion is offered. */
	suggestedAgencyId: string;
	agencyChosen: boolean;
	privacy: string;
	showReporterName: boolean;
	reporterName: string;
	contactPreference: string;
	reporterPhone: string;
	reporterEmail: string;
	/** A sahabat files for a resident. */
	assisted: boolean;
	consentMethod: string;
	consentReadBack: boolean;
	consentNote: string;
	/** Under "Lewat Sahabat LAPOR!": the public directory entry picked; '' or absent: anyone. */
	relaySahabatId?: string;
}

/** The draft's answers as the API returns them. */
export interface DraftAnswers {
	kind: string | null;
	title: string | null;
	story: string | null;
	incidentDate: string | null;
	districtCode: string | null;
	villageCode: string | null;
	landmark: string | null;
	latitude: string | null;
	longitude: string | null;
	categoryId: string | null;
	suggestedAgencyId: string | null;
	privacy: string | null;
	showReporterName: boolean | null;
	reporterName: string | null;
	contactPreference: string | null;
	reporterPhone: string | null;
	reporterEmail: string | null;
	assisted?: boolean | null;
	consentMethod?: string | null;
	consentReadBack?: boolean | null;
	consentNote?: string | null;
	relaySahabatId?: string | null;
}

/** Field names the API checks on each step; error summary links use the same names as ids. */
export const stepChecks: Record<Step, readonly string[]> = {
	jenis: ['kind'],
	kejadian: ['title', 'story'],
	waktu: ['incidentDate'],
	lokasi: ['districtCode', 'villageCode', 'landmark', 'latitude', 'longitude'],
	kategori: ['categoryId'],
	instansi: ['suggestedAgencyId'],
	foto: [],
	privasi: ['privacy', 'reporterName', 'showReporterName'],
	kabar: ['contactPreference', 'reporterPhone', 'reporterEmail', 'relaySahabatId'],
	persetujuan: ['consentMethod', 'consentReadBack', 'consentNote', 'consentGivenAt']
};

/** Which step asks for a field (for the check-your-answers page's errors and change links). */
export function stepOf(field: string): Step | null {
	if (field === 'consent') return 'persetujuan';
	for (const step of assistedSteps) if (stepChecks[step].includes(field)) return step;
	return null;
}

/** Without JavaScript, the lokasi step's button that shows the chosen kecamatan's desa list. */
export const chooseDistrictButton = 'pilihKecamatan';

export const limits = { title: 150, story: 4000, landmark: 200, name: 100, consentNote: 500 } as const;

export function emptyValues(): FilingValues {
	return {
		kind: '',
		title: '',
		story: '',
		incidentDay: '',
		incidentMonth: '',
		incidentYear: '',
		dateUnknown: false,
		districtCode: '',
		villageCode: '',
		landmark: '',
		latitude: '',
		longitude: '',
		categoryId: '',
		suggestedAgencyId: '',
		agencyChosen: false,
		privacy: '',
		showReporterName: false,
		reporterName: '',
		contactPreference: '',
		reporterPhone: '',
		reporterEmail: '',
		assisted: false,
		consentMethod: '',
		consentReadBack: false,
		consentNote: ''
	};
}

/** Does the draft hold any answer at all (whether it is a sahabat's filing aside)? */
export function hasAnswers(values: FilingValues): boolean {
	const empty = emptyValues();
	return (Object.keys(empty) as (keyof FilingValues)[]).some((key) => key !== 'assisted' && values[key] !== empty[key]);
}

/** Day, month and year boxes as YYYY-MM-DD; odd values go through for the server to explain. */
export function composeDate(day: string, month: string, year: string): string {
	if (!day && !month && !year) return '';
	return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The boxes back from a stored date; a leading zero is dropped as people write dates. */
export function splitDate(date: string): { day: string; month: string; year: string } {
	const [year = '', month = '', day = ''] = date.split('-');
	const unpad = (part: string) => (/^0\d$/.test(part) ? part.slice(1) : part);
	return { day: unpad(day), month: unpad(month), year };
}

export function fromDraft(answers: Partial<DraftAnswers> | null | undefined): FilingValues {
	const a = answers ?? {};
	const text = (v: string | null | undefined) => v ?? '';
	const date = a.incidentDate ? splitDate(a.incidentDate) : { day: '', month: '', year: '' };
	return {
		kind: text(a.kind),
		title: text(a.title),
		story: text(a.story),
		incidentDay: date.day,
		incidentMonth: date.month,
		incidentYear: date.year,
		// Saved as empty on the date step: the resident does not remember the date.
		dateUnknown: a.incidentDate === '',
		districtCode: text(a.districtCode),
		villageCode: text(a.villageCode),
		landmark: text(a.landmark),
		latitude: text(a.latitude),
		longitude: text(a.longitude),
		categoryId: text(a.categoryId),
		suggestedAgencyId: text(a.suggestedAgencyId),
		agencyChosen: a.suggestedAgencyId !== null && a.suggestedAgencyId !== undefined,
		privacy: text(a.privacy),
		showReporterName: a.showReporterName === true,
		reporterName: text(a.reporterName),
		contactPreference: text(a.contactPreference),
		reporterPhone: text(a.reporterPhone),
		reporterEmail: text(a.reporterEmail),
		assisted: a.assisted === true,
		consentMethod: text(a.consentMethod),
		consentReadBack: a.consentReadBack === true,
		consentNote: text(a.consentNote),
		relaySahabatId: text(a.relaySahabatId)
	};
}

/** One step's form post: its values (to show back on an error) and the answers to save. */
export function readStep(
	step: Step,
	form: FormData
): { values: Partial<FilingValues>; answers: Record<string, string | boolean | null> } {
	const text = formText(form);
	switch (step) {
		case 'jenis':
			return { values: { kind: text('kind') }, answers: { kind: text('kind') } };
		case 'kejadian': {
			const values = { title: text('title'), story: text('story') };
			return { values, answers: values };
		}
		case 'waktu': {
			const values = {
				incidentDay: text('incidentDate-day').trim(),
				incidentMonth: text('incidentDate-month').trim(),
				incidentYear: text('incidentDate-year').trim(),
				dateUnknown: form.get('dateUnknown') === 'true'
			};
			const date = values.dateUnknown
				? ''
				: composeDate(values.incidentDay, values.incidentMonth, values.incidentYear);
			return { values, answers: { incidentDate: date } };
		}
		case 'lokasi': {
			const values = {
				districtCode: text('districtCode'),
				villageCode: text('villageCode'),
				landmark: text('landmark'),
				latitude: text('latitude').trim(),
				longitude: text('longitude').trim()
			};
			return { values, answers: values };
		}
		case 'kategori':
			return { values: { categoryId: text('categoryId') }, answers: { categoryId: text('categoryId') } };
		case 'instansi':
			return {
				values: { suggestedAgencyId: text('suggestedAgencyId'), agencyChosen: true },
				answers: { suggestedAgencyId: text('suggestedAgencyId') }
			};
		case 'foto':
			return { values: {}, answers: {} };
		case 'privasi': {
			const values = {
				privacy: text('privacy'),
				showReporterName: form.get('showReporterName') === 'true',
				reporterName: text('reporterName')
			};
			return { values, answers: values };
		}
		case 'kabar': {
			const values = {
				contactPreference: text('contactPreference'),
				reporterPhone: text('reporterPhone'),
				reporterEmail: text('reporterEmail'),
				relaySahabatId: text('relaySahabatId')
			};
			return { values, answers: values };
		}
		case 'persetujuan': {
			const values = {
				consentMethod: text('consentMethod'),
				consentReadBack: form.get('consentReadBack') === 'true',
				consentNote: text('consentNote')
			};
			// Consent is recorded as given when the sahabat saves this step, with the resident there.
			return { values, answers: { ...values, consentGivenAt: new Date().toISOString() } };
		}
	}
}

/** Where a step's back link and its form lead. `changing`: came from the check-answers page. */
export function neighbours(step: Step, changing: boolean, assisted = false): { back: string; next: string } {
	const order = journey(assisted);
	const index = order.indexOf(step);
	const start = assisted ? '/lapor/untuk-warga' : '/lapor';
	const back = changing ? '/lapor/periksa' : index === 0 ? start : `/lapor/${order[index - 1]}`;
	const next = changing || index === order.length - 1 ? '/lapor/periksa' : `/lapor/${order[index + 1]}`;
	return { back, next };
}
