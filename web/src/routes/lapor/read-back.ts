// What a sahabat reads back to the resident on the consent step, in words: who files for whom,
// every answer that will be sent (the check page's rows), who will see what under the chosen
// privacy, and how the resident will hear back. One function for the step's component and the
// plain script's part ($lib/plain/consent.ts), which draws it again from the answers kept on the
// phone when the step was opened from the copy the service worker kept for offline use.
import type { I18n } from '$lib/i18n/create';
import type { MessageKey } from '$lib/i18n/id';
import type { Labels } from '$lib/labels';
import { answerRows, contactPreferences, namesFrom, rowWords, type AnswerNames, type AnswerReference, type AnswerRow, type KeptFiling } from './answers';
import type { FilingValues } from './filing';
import { describeAudience, privacies, type AudienceView, type PrivacyChoice, type PrivacyPreview } from './privacy-preview';

/** One audience and what it sees, in sentences. */
export interface AudienceRow {
	audience: AudienceView['audience'] | 'SAHABAT';
	label: string;
	lines: string[];
}

export interface ReadBack {
	/** "{name}, I will send this report in your name…" */
	opening: string;
	rows: AnswerRow[];
	/** Who sees what under the chosen privacy: the public, the agency, the sahabat. Empty lines until a privacy is chosen. */
	audiences: AudienceRow[];
	/** Whether a privacy is chosen (the audiences are read back only then). */
	privacyChosen: boolean;
	/** How the resident hears back, and how they get the code and PIN. */
	hearBack: string;
	receipt: string;
}

const audienceOrder = ['PUBLIC', 'AGENCY_HANDLING'] as const satisfies ReadonlyArray<AudienceView['audience']>;

export function readBack(
	i18n: I18n,
	labels: Labels,
	preview: PrivacyPreview,
	v: FilingValues,
	names: AnswerNames,
	photos: ReadonlyArray<{ fileName: string }>
): ReadBack {
	const privacy = (privacies as readonly string[]).includes(v.privacy) ? (v.privacy as PrivacyChoice) : null;
	const named = v.showReporterName && v.privacy === 'PUBLIC';
	const seen = (audience: AudienceView['audience']) => (privacy ? describeAudience(i18n, preview, privacy, audience, named) : []);
	const hearBack =
		v.contactPreference === 'SMS'
			? i18n.t('assist.readBack.hear.SMS', { phone: v.reporterPhone })
			: v.contactPreference === 'EMAIL'
				? i18n.t('assist.readBack.hear.EMAIL', { email: v.reporterEmail })
				: v.contactPreference === 'NONE'
					? i18n.t('assist.readBack.hear.NONE')
					: i18n.t('assist.readBack.hear.SAHABAT');
	return {
		opening: i18n.t('assist.readBack.opening', { name: v.reporterName || i18n.t('assist.readBack.resident') }),
		rows: answerRows(i18n, labels, v, names, photos),
		audiences: [
			...audienceOrder.map((audience) => ({
				audience,
				label: i18n.t(audience === 'PUBLIC' ? 'filing.preview.public' : 'filing.preview.agency'),
				lines: seen(audience)
			})),
			{ audience: 'SAHABAT' as const, label: i18n.t('assist.readBack.sahabat'), lines: privacy ? [i18n.t('assist.readBack.sahabatSees')] : [] }
		],
		privacyChosen: privacy !== null,
		hearBack,
		receipt: i18n.t(v.reporterPhone ? 'assist.readBack.receiptSms' : 'assist.readBack.receiptPaper', { phone: v.reporterPhone })
	};
}

/** Every message the read-back may say beyond the rows' (read-back.test.ts runs it over these alone). */
const readBackKeys: readonly MessageKey[] = [
	'assist.readBack.opening',
	'assist.readBack.resident',
	'assist.readBack.sahabat',
	'assist.readBack.sahabatSees',
	'assist.readBack.receiptSms',
	'assist.readBack.receiptPaper',
	'filing.preview.public',
	'filing.preview.agency',
	'filing.preview.nothing',
	'filing.preview.content',
	'filing.preview.contact',
	'filing.preview.nameIfChosen',
	'filing.preview.name',
	'filing.preview.noContact',
	...contactPreferences.filter((c) => c !== 'ACCOUNT').map((c) => `assist.readBack.hear.${c}` as MessageKey)
];

/** The read-back's messages (with the rows'), unfilled: what the consent step kept for offline use
 * carries, to read the phone's answers back without the dictionary. */
export function readBackWords(i18n: I18n): Partial<Record<MessageKey, string>> {
	return { ...rowWords(i18n), ...Object.fromEntries(readBackKeys.map((key) => [key, i18n.t(key)])) };
}

/** What the consent step has from the server (its load; the answers empty on the shell kept offline). */
export interface ConsentPage {
	values: FilingValues;
	names: AnswerNames;
	photos: ReadonlyArray<{ fileName: string }>;
	/** On the shell: every name the phone's answers may need. */
	reference: AnswerReference | null;
	preview: PrivacyPreview;
	shell: boolean;
}

/**
 * The read-back of the consent step: the server's answers, or on the shell kept for offline use
 * (rendered for nobody) the answers kept on the phone, with the names from the list the shell
 * carries and the phone's photos. For the component and the plain script's part alike.
 */
export function consentReadBack(i18n: I18n, labels: Labels, page: ConsentPage, kept: KeptFiling | null): ReadBack {
	const fromPhone = page.shell && kept?.answered ? kept : null;
	const v = fromPhone?.values ?? page.values;
	const names = fromPhone && page.reference ? { ...page.names, ...namesFrom(page.reference, v) } : page.names;
	return readBack(i18n, labels, page.preview, v, names, fromPhone?.photos ?? page.photos);
}
