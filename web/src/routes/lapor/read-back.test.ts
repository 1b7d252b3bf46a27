// The consent step's read-back, and the few messages its kept copy carries to say it offline: every
// read-back that can be shown is the same over those messages as over the whole dictionary.
import { describe, expect, it } from 'vitest';
import { carriedI18n, fullI18n } from '$lib/i18n/testing';
import { locales } from '$lib/i18n/core';
import type { Labels } from '$lib/labels';
import { contactPreferences, type AnswerNames, type AnswerReference, type KeptFiling } from './answers';
import { emptyValues, type FilingValues } from './filing';
import { consentReadBack, readBack, readBackWords, type ConsentPage } from './read-back';
import type { PrivacyPreview } from './privacy-preview';

const labels: Labels = { kinds: [{ kind: 'PENGADUAN', label: 'Pengaduan', hint: '' }], statuses: [] };
const names: AnswerNames = { district: 'Tinggimoncong', village: 'Malino', category: 'Air bersih', agency: 'PDAM', relaySahabat: 'Daeng Bantu' };
const noNames: AnswerNames = { district: null, village: null, category: null, agency: null };

/** The rules as the API answers them (privacy.test and an API test hold the real ones). */
const view = (audience: string, visible: boolean, content: boolean, reporterName: boolean, reporterContact: boolean) => ({
	audience,
	visible,
	content,
	reporterName,
	reporterContact
});
const preview: PrivacyPreview = {
	PUBLIC: [view('PUBLIC', true, true, false, false), view('AGENCY_HANDLING', true, true, true, true)],
	PUBLIC_NAMED: [view('PUBLIC', true, true, true, false), view('AGENCY_HANDLING', true, true, true, true)],
	ANONYMOUS: [view('PUBLIC', true, true, false, false), view('AGENCY_HANDLING', true, true, false, false)],
	CONFIDENTIAL: [view('PUBLIC', false, false, false, false), view('AGENCY_HANDLING', true, true, true, true)]
};

const filled: FilingValues = {
	...emptyValues(),
	assisted: true,
	kind: 'PENGADUAN',
	title: 'Pipa air putus',
	story: 'Warga mengambil air dari sungai.',
	dateUnknown: true,
	districtCode: '73.06.04',
	privacy: 'ANONYMOUS',
	reporterName: 'Daeng Sikki',
	reporterPhone: '081234567890',
	contactPreference: 'SAHABAT'
};

/** Every shape a read-back can take: each privacy (named or not), each way news comes, with and without a name and number. */
const shapes: Array<{ name: string; v: FilingValues; names: AnswerNames; photos: { fileName: string }[] }> = [
	{ name: 'nothing answered', v: { ...emptyValues(), assisted: true }, names: noNames, photos: [] },
	...['PUBLIC', 'ANONYMOUS', 'CONFIDENTIAL'].map((privacy) => ({ name: `privacy ${privacy}`, v: { ...filled, privacy }, names, photos: [] })),
	{ name: 'public, the name shown', v: { ...filled, privacy: 'PUBLIC', showReporterName: true }, names, photos: [{ fileName: 'a.jpg' }] },
	...contactPreferences.map((contactPreference) => ({
		name: `news by ${contactPreference}`,
		v: { ...filled, contactPreference, reporterEmail: 'warga@contoh.id' },
		names,
		photos: []
	})),
	{ name: 'no name, no number', v: { ...filled, reporterName: '', reporterPhone: '' }, names, photos: [] }
];


describe('readBack over the words the kept consent step carries', () => {
	for (const locale of locales) {
		for (const shape of shapes) {
			it(`${locale}: ${shape.name}`, () => {
				const words = readBackWords(fullI18n(locale));
				const carried = carriedI18n(locale, words, 'the kept consent step');
				const expected = readBack(fullI18n(locale), labels, preview, shape.v, shape.names, shape.photos);
				expect(readBack(carried, labels, preview, shape.v, shape.names, shape.photos)).toEqual(expected);
				const sentences = [expected.opening, expected.hearBack, expected.receipt, ...expected.rows.flatMap((r) => r.lines), ...expected.audiences.flatMap((a) => [a.label, ...a.lines])];
				for (const line of sentences) expect(line).not.toMatch(/\{\w+\}|undefined/);
			});
		}
	}
});

describe('readBack', () => {
	const id = fullI18n('id');
	it.each([
		{ privacy: 'PUBLIC', shown: false, public: [id.t('filing.preview.content'), id.t('filing.preview.noContact')] },
		{ privacy: 'PUBLIC', shown: true, public: [id.t('filing.preview.content'), id.t('filing.preview.name')] },
		{ privacy: 'CONFIDENTIAL', shown: false, public: [id.t('filing.preview.nothing')] }
	])('reads back what the public sees under $privacy (name shown: $shown)', ({ privacy, shown, public: expected }) => {
		const said = readBack(id, labels, preview, { ...filled, privacy, showReporterName: shown }, names, []);
		expect(said.privacyChosen).toBe(true);
		expect(said.audiences.map((a) => a.audience)).toEqual(['PUBLIC', 'AGENCY_HANDLING', 'SAHABAT']);
		expect(said.audiences[0]!.lines).toEqual(expected);
		expect(said.audiences[2]!.lines).toEqual([id.t('assist.readBack.sahabatSees')]);
	});
	it('reads no audience back before a privacy is chosen', () => {
		const said = readBack(id, labels, preview, { ...filled, privacy: '' }, names, []);
		expect(said.privacyChosen).toBe(false);
		expect(said.audiences.every((a) => a.lines.length === 0)).toBe(true);
	});
	it.each([
		{ contactPreference: 'SMS', hear: id.t('assist.readBack.hear.SMS', { phone: '081234567890' }) },
		{ contactPreference: 'EMAIL', hear: id.t('assist.readBack.hear.EMAIL', { email: 'warga@contoh.id' }) },
		{ contactPreference: 'NONE', hear: id.t('assist.readBack.hear.NONE') },
		{ contactPreference: 'SAHABAT', hear: id.t('assist.readBack.hear.SAHABAT') },
		{ contactPreference: '', hear: id.t('assist.readBack.hear.SAHABAT') }
	])('says how news comes: $contactPreference', ({ contactPreference, hear }) => {
		expect(readBack(id, labels, preview, { ...filled, contactPreference, reporterEmail: 'warga@contoh.id' }, names, []).hearBack).toBe(hear);
	});
	it('opens with the resident’s name, or a polite form without one; the receipt by SMS only with a number', () => {
		expect(readBack(id, labels, preview, filled, names, []).opening).toMatch(/^Daeng Sikki, /);
		const nameless = readBack(id, labels, preview, { ...filled, reporterName: '', reporterPhone: '' }, names, []);
		expect(nameless.opening).toMatch(new RegExp(`^${id.t('assist.readBack.resident')}, `));
		expect(nameless.receipt).toBe(id.t('assist.readBack.receiptPaper'));
		expect(readBack(id, labels, preview, filled, names, []).receipt).toBe(id.t('assist.readBack.receiptSms', { phone: '081234567890' }));
	});
});

describe('consentReadBack', () => {
	const id = fullI18n('id');
	const reference: AnswerReference = {
		regions: [{ code: '73.06.04', name: 'Tinggimoncong', children: [] }],
		categories: [],
		agencies: []
	};
	const server: ConsentPage = { values: filled, names, photos: [{ fileName: 'a.jpg' }], reference: null, preview, shell: false };
	const shell: ConsentPage = { values: emptyValues(), names: noNames, photos: [], reference, preview, shell: true };
	const kept: KeptFiling = { values: { ...filled, title: 'Dari ponsel' }, photos: [{ fileName: 'p.jpg' }], photosOnPhone: [], slip: null, answered: true };
	const row = (said: ReturnType<typeof readBack>, key: string) => said.rows.find((r) => r.key === key)?.lines;
	it.each([
		{ name: 'the server’s answers', page: server, kept: null, title: 'Pipa air putus', photos: ['a.jpg'] },
		{ name: 'never the phone’s over the server’s', page: server, kept, title: 'Pipa air putus', photos: ['a.jpg'] },
		{ name: 'the shell kept offline reads back the phone’s', page: shell, kept, title: 'Dari ponsel', photos: ['p.jpg'] },
		{ name: 'the shell with nothing typed on the phone', page: shell, kept: { ...kept, answered: false }, title: id.t('filing.periksa.none'), photos: null }
	])('$name', ({ page, kept: phone, title, photos }) => {
		const said = consentReadBack(id, labels, page, phone);
		expect(row(said, 'title')).toEqual([title]);
		expect(row(said, 'photos')?.slice(1) ?? null).toEqual(photos ?? []);
	});
	it('names the phone’s kecamatan from the list the shell carries', () => {
		expect(row(consentReadBack(id, labels, shell, kept), 'place')?.[0]).toBe('Tinggimoncong');
	});
});
