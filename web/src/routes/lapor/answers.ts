// The filing's answers as rows of words: what the check-answers page lists (each with its change
// link) and what a sahabat reads back to the resident before recording consent. One list, so what
// is read back is exactly what will be sent.
import { consentMethodWords } from '$lib/consent';
import type { I18n } from '$lib/i18n/create';
import type { MessageKey } from '$lib/i18n/id';
import { kindLabel, type Labels } from '$lib/labels';
import { composeDate, consentMethods, hasAnswers, type FilingValues, type Step } from './filing';
import { privacies } from './privacy-preview';

export interface AnswerRow {
	key: string;
	label: string;
	lines: string[];
	step: Step;
}

/** Names of the chosen places, category and agency (looked up by the page's load). */
export interface AnswerNames {
	district: string | null;
	village: string | null;
	category: string | null;
	agency: string | null;
	/** The sahabat the resident picked to pass news on, if any. */
	relaySahabat?: string | null;
}

/** The names the answers are shown with, as the API lists them. */
export interface AnswerReference {
	regions: ReadonlyArray<{ code: string; name: string; children: ReadonlyArray<{ code: string; name: string }> }>;
	categories: ReadonlyArray<{ id: string; name: string }>;
	agencies: ReadonlyArray<{ id: string; name: string }>;
}

/** The names of the chosen kecamatan, desa, category and agency (the picked sahabat is looked up apart). */
export function namesFrom(reference: AnswerReference, v: FilingValues): AnswerNames {
	return {
		district: reference.regions.find((d) => d.code === v.districtCode)?.name ?? null,
		village: reference.regions.flatMap((d) => d.children).find((c) => c.code === v.villageCode)?.name ?? null,
		category: reference.categories.find((c) => c.id === v.categoryId)?.name ?? null,
		agency: reference.agencies.find((a) => a.id === v.suggestedAgencyId)?.name ?? null
	};
}

export function answerRows(
	i18n: I18n,
	labels: Labels,
	v: FilingValues,
	names: AnswerNames,
	photos: ReadonlyArray<{ fileName: string }>
): AnswerRow[] {
	const none = i18n.t('filing.periksa.none');
	const or = (text: string | null | undefined) => (text && text.trim() ? text : none);
	const date = composeDate(v.incidentDay, v.incidentMonth, v.incidentYear);
	const contact = v.contactPreference
		? [
				i18n.t(`filing.contact.${v.contactPreference}` as 'filing.contact.SMS'),
				...(v.contactPreference === 'SAHABAT' && names.relaySahabat ? [names.relaySahabat] : []),
				...(v.reporterPhone ? [v.reporterPhone] : []),
				...(v.reporterEmail ? [v.reporterEmail] : [])
			]
		: [none];
	return [
		{ key: 'kind', label: i18n.t('filing.jenis.title'), lines: [v.kind ? kindLabel(labels, v.kind) : none], step: 'jenis' },
		{ key: 'title', label: i18n.t('filing.title.label'), lines: [or(v.title)], step: 'kejadian' },
		{ key: 'story', label: i18n.t('filing.story.label'), lines: [or(v.story)], step: 'kejadian' },
		{
			key: 'date',
			label: i18n.t('filing.date.legend'),
			lines: [v.dateUnknown || !date ? i18n.t('filing.periksa.dateUnknown') : /^\d{4}-\d{2}-\d{2}$/.test(date) ? i18n.date(date) : date],
			step: 'waktu'
		},
		{
			key: 'place',
			label: i18n.t('filing.lokasi.title'),
			lines: [
				or(names.district),
				...(names.village ? [names.village] : []),
				...(v.landmark ? [v.landmark] : []),
				...(v.latitude ? [`${i18n.t('filing.periksa.location')}: ${v.latitude}, ${v.longitude}`] : [])
			],
			step: 'lokasi'
		},
		{ key: 'category', label: i18n.t('filing.kategori.title'), lines: [names.category ?? i18n.t('filing.unknown')], step: 'kategori' },
		{ key: 'agency', label: i18n.t('filing.instansi.title'), lines: [names.agency ?? i18n.t('filing.unknown')], step: 'instansi' },
		{
			key: 'photos',
			label: i18n.t('filing.foto.title'),
			lines: photos.length ? [i18n.t('filing.periksa.photos', { n: photos.length }), ...photos.map((p) => p.fileName)] : [none],
			step: 'foto'
		},
		{ key: 'privacy', label: i18n.t('filing.privasi.title'), lines: [v.privacy ? i18n.t(`privacy.${v.privacy}` as 'privacy.PUBLIC') : none], step: 'privasi' },
		{
			key: 'name',
			label: i18n.t(v.assisted ? 'assist.name.label' : 'filing.periksa.name'),
			lines: [v.reporterName ? (v.showReporterName && v.privacy === 'PUBLIC' ? i18n.t('filing.periksa.nameShown', { name: v.reporterName }) : v.reporterName) : none],
			step: 'privasi'
		},
		{ key: 'contact', label: i18n.t('filing.periksa.contact'), lines: contact, step: 'kabar' }
	];
}

/** The check page's rows: the answers, and for a sahabat's filing the consent recorded on the step
 * before (with the slip's photo, when one was taken). */
export function checkRows(
	i18n: I18n,
	labels: Labels,
	v: FilingValues,
	names: AnswerNames,
	photos: ReadonlyArray<{ fileName: string }>,
	slip: { fileName: string } | null
): AnswerRow[] {
	const answers = answerRows(i18n, labels, v, names, photos);
	if (!v.assisted) return answers;
	const consent = v.consentMethod ? consentMethodWords(i18n, v.consentMethod) : i18n.t('filing.periksa.none');
	return [
		...answers,
		{
			key: 'consent',
			label: i18n.t('assist.check.consent'),
			lines: [
				consent,
				i18n.t(v.consentReadBack ? 'assist.check.readBack' : 'assist.check.notReadBack'),
				...(v.consentNote ? [v.consentNote] : []),
				...(slip ? [i18n.t('assist.slip.kept', { name: slip.fileName })] : [])
			],
			step: 'persetujuan'
		}
	];
}

/** The values whose words the rows look up by key: how news comes, the privacy, the consent. */
export const contactPreferences = ['ACCOUNT', 'SMS', 'EMAIL', 'SAHABAT', 'NONE'] as const;

/** Every message the rows may say (answers.test.ts runs the rows over these alone). */
const rowKeys: readonly MessageKey[] = [
	'filing.periksa.none',
	'filing.jenis.title',
	'filing.title.label',
	'filing.story.label',
	'filing.date.legend',
	'filing.periksa.dateUnknown',
	'filing.lokasi.title',
	'filing.periksa.location',
	'filing.kategori.title',
	'filing.unknown',
	'filing.instansi.title',
	'filing.foto.title',
	'filing.periksa.photos',
	'filing.privasi.title',
	'assist.name.label',
	'filing.periksa.name',
	'filing.periksa.nameShown',
	'filing.periksa.contact',
	'assist.check.consent',
	'assist.check.readBack',
	'assist.check.notReadBack',
	'assist.slip.kept',
	...contactPreferences.map((c) => `filing.contact.${c}` as MessageKey),
	...privacies.map((p) => `privacy.${p}` as MessageKey),
	...consentMethods.map((m) => `assist.consent.method.${m}` as MessageKey)
];

/** The rows' messages in the person's language (and easy-read wording), unfilled: what the check
 * page kept for offline use carries, to put the phone's answers into words without the dictionary. */
export function rowWords(i18n: I18n): Partial<Record<MessageKey, string>> {
	return Object.fromEntries(rowKeys.map((key) => [key, i18n.t(key)]));
}

/** What the check page has from the server (its load; empty on the shell kept for offline use). */
export interface CheckPage {
	values: FilingValues;
	names: AnswerNames;
	photos: ReadonlyArray<{ fileName: string }>;
	/** The consent slip's photo the server has (a sahabat's filing). */
	slip: { fileName: string } | null;
	/** On a shell: every name the phone's answers may need. */
	reference: AnswerReference | null;
	shell: boolean;
}

/** The filing kept on the phone, as local-draft.ts `phoneFiling` reads it. */
export interface KeptFiling {
	values: FilingValues;
	photos: ReadonlyArray<{ fileName: string }>;
	photosOnPhone: ReadonlyArray<{ fileName: string }>;
	slip: { fileName: string; sent: boolean } | null;
	answered: boolean;
}

/**
 * What the check page shows, from the server's answers and the filing kept on the phone: the
 * phone's answers when the page has none of its own (the shell kept offline, or a draft whose
 * cookie is gone; never over the server's), with the photos and slip still only on the phone.
 * `throughOutbox`: the report must go through the offline outbox (the phone's answers, or photos
 * the server does not have yet). For the component and the plain script's part alike.
 */
export function checkView(
	i18n: I18n,
	labels: Labels,
	page: CheckPage,
	kept: KeptFiling | null
): { values: FilingValues; rows: AnswerRow[]; fromPhone: boolean; throughOutbox: boolean } {
	const fromPhone = kept !== null && kept.answered && (page.shell || !hasAnswers(page.values)) ? kept : null;
	const slipWaiting = kept?.slip != null && !kept.slip.sent;
	const v = fromPhone?.values ?? page.values;
	// Offline (the kept shell), the names of the phone's answers come from the list the shell carries.
	const names = fromPhone && page.reference ? { ...page.names, ...namesFrom(page.reference, v) } : page.names;
	const slip = slipWaiting ? kept!.slip : (page.slip ?? kept?.slip ?? null);
	const photos = fromPhone?.photos ?? [...page.photos, ...(kept?.photosOnPhone ?? [])];
	return {
		values: v,
		rows: checkRows(i18n, labels, v, names, photos, slip),
		fromPhone: fromPhone !== null,
		throughOutbox: fromPhone !== null || (kept?.photosOnPhone.length ?? 0) > 0 || slipWaiting
	};
}
