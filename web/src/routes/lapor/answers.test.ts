// The check page's rows, and the few messages its kept copy carries to build them offline: every
// row that can be shown is the same over those messages as over the whole dictionary.
import { describe, expect, it } from 'vitest';
import { carriedI18n, fullI18n } from '$lib/i18n/testing';
import { locales } from '$lib/i18n/core';
import type { Labels } from '$lib/labels';
import { checkRows, checkView, contactPreferences, rowWords, type AnswerNames, type CheckPage, type KeptFiling } from './answers';
import { consentMethods, emptyValues, type FilingValues } from './filing';

const labels: Labels = { kinds: [{ kind: 'PENGADUAN', label: 'Pengaduan', hint: '' }], statuses: [] };
const names: AnswerNames = { district: 'Somba Opu', village: 'Sungguminasa', category: 'Jalan', agency: 'Dinas PU', relaySahabat: 'Daeng Ngai' };
const noNames: AnswerNames = { district: null, village: null, category: null, agency: null };

const filled: FilingValues = {
	...emptyValues(),
	kind: 'PENGADUAN',
	title: 'Jalan berlubang',
	story: 'Lubang besar di depan pasar.',
	incidentDay: '3',
	incidentMonth: '12',
	incidentYear: '2026',
	districtCode: '73.06.08',
	villageCode: '73.06.08.2001',
	landmark: 'Depan pasar',
	latitude: '-5.2',
	longitude: '119.4',
	privacy: 'PUBLIC',
	showReporterName: true,
	reporterName: 'Daeng Bollo',
	reporterPhone: '081234567890'
};

/** Every shape a filing can take on the check page: each way news comes, each privacy, each consent. */
const shapes: Array<{ name: string; v: FilingValues; names: AnswerNames; photos: { fileName: string }[]; slip: { fileName: string } | null }> = [
	{ name: 'nothing answered', v: emptyValues(), names: noNames, photos: [], slip: null },
	{ name: 'date unknown, no names', v: { ...filled, dateUnknown: true }, names: noNames, photos: [], slip: null },
	...contactPreferences.map((contactPreference) => ({ name: `news by ${contactPreference}`, v: { ...filled, contactPreference }, names, photos: [{ fileName: 'a.jpg' }], slip: null })),
	...['PUBLIC', 'ANONYMOUS', 'CONFIDENTIAL'].map((privacy) => ({ name: `privacy ${privacy}`, v: { ...filled, privacy }, names, photos: [], slip: null })),
	{ name: 'assisted, no consent yet', v: { ...filled, assisted: true }, names, photos: [], slip: null },
	...consentMethods.map((consentMethod, i) => ({
		name: `assisted, consent ${consentMethod}`,
		v: { ...filled, assisted: true, consentMethod, consentReadBack: i % 2 === 0, consentNote: i % 2 ? 'Di balai desa' : '' },
		names,
		photos: [{ fileName: 'b.png' }, { fileName: 'c.png' }],
		slip: i % 2 ? { fileName: 'slip.png' } : null
	}))
];


describe('checkRows over the words the kept check page carries', () => {
	for (const locale of locales) {
		for (const shape of shapes) {
			it(`${locale}: ${shape.name}`, () => {
				const words = rowWords(fullI18n(locale));
				const carried = carriedI18n(locale, words, 'the kept check page');
				const expected = checkRows(fullI18n(locale), labels, shape.v, shape.names, shape.photos, shape.slip);
				expect(checkRows(carried, labels, shape.v, shape.names, shape.photos, shape.slip)).toEqual(expected);
				// Every line is words, never a placeholder left unfilled.
				for (const row of expected) for (const line of row.lines) expect(line).not.toMatch(/\{\w+\}|undefined/);
			});
		}
	}
});

describe('checkRows', () => {
	const id = fullI18n('id');
	it('adds the consent row to a sahabat’s filing only, with the slip when one was taken', () => {
		expect(checkRows(id, labels, filled, names, [], null).map((r) => r.key)).not.toContain('consent');
		const assisted = checkRows(id, labels, { ...filled, assisted: true, consentMethod: 'THUMBPRINT', consentReadBack: true }, names, [], { fileName: 'slip.png' });
		expect(assisted.at(-1)).toEqual({
			key: 'consent',
			label: id.t('assist.check.consent'),
			lines: ['Cap jempol', id.t('assist.check.readBack'), id.t('assist.slip.kept', { name: 'slip.png' })],
			step: 'persetujuan'
		});
	});
	it('lists the photos by name after their number', () => {
		const photos = checkRows(id, labels, filled, names, [{ fileName: 'a.jpg' }, { fileName: 'b.jpg' }], null).find((r) => r.key === 'photos');
		expect(photos?.lines).toEqual([id.t('filing.periksa.photos', { n: 2 }), 'a.jpg', 'b.jpg']);
	});
});

describe('checkView', () => {
	const id = fullI18n('id');
	const server: CheckPage = { values: filled, names, photos: [{ fileName: 'a.jpg' }], slip: null, reference: null, shell: false };
	const shell: CheckPage = { values: emptyValues(), names: noNames, photos: [], slip: null, reference: null, shell: true };
	const kept: KeptFiling = { values: { ...filled, title: 'Dari ponsel' }, photos: [{ fileName: 'p.jpg' }], photosOnPhone: [], slip: null, answered: true };
	const title = (view: ReturnType<typeof checkView>) => view.rows.find((r) => r.key === 'title')?.lines[0];
	it.each([
		{ name: 'nothing on the phone', page: server, kept: null, title: 'Jalan berlubang', fromPhone: false, throughOutbox: false },
		{ name: 'the server has answers: never the phone’s over them', page: server, kept, title: 'Jalan berlubang', fromPhone: false, throughOutbox: false },
		{ name: 'the shell kept offline takes the phone’s', page: shell, kept, title: 'Dari ponsel', fromPhone: true, throughOutbox: true },
		{ name: 'a draft whose cookie is gone takes the phone’s', page: { ...server, values: emptyValues() }, kept, title: 'Dari ponsel', fromPhone: true, throughOutbox: true },
		{ name: 'nothing typed on the phone', page: shell, kept: { ...kept, answered: false }, title: id.t('filing.periksa.none'), fromPhone: false, throughOutbox: false },
		{ name: 'a photo only on the phone goes through the outbox', page: server, kept: { ...kept, photosOnPhone: [{ fileName: 'q.jpg' }] }, title: 'Jalan berlubang', fromPhone: false, throughOutbox: true },
		{ name: 'a slip not sent goes through the outbox', page: server, kept: { ...kept, slip: { fileName: 's.png', sent: false } }, title: 'Jalan berlubang', fromPhone: false, throughOutbox: true },
		{ name: 'a slip already sent does not', page: server, kept: { ...kept, slip: { fileName: 's.png', sent: true } }, title: 'Jalan berlubang', fromPhone: false, throughOutbox: false }
	])('$name', ({ page, kept: phone, title: expected, fromPhone, throughOutbox }) => {
		const view = checkView(id, labels, page, phone);
		expect(title(view)).toBe(expected);
		expect(view).toMatchObject({ fromPhone, throughOutbox });
	});
	it('lists the server’s photos with those only on the phone, and the phone’s own when its answers show', () => {
		const photos = (view: ReturnType<typeof checkView>) => view.rows.find((r) => r.key === 'photos')?.lines.slice(1);
		expect(photos(checkView(id, labels, server, { ...kept, photosOnPhone: [{ fileName: 'q.jpg' }] }))).toEqual(['a.jpg', 'q.jpg']);
		expect(photos(checkView(id, labels, shell, kept))).toEqual(['p.jpg']);
	});
});
