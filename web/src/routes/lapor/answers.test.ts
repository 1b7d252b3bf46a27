// The check page's rows, and the few messages its kept copy carries to build them offline: every
// row that can be shown is the same over those messages as over the whole dictionary.
import { describe, expect, it } from 'vitest';
import { createI18n } from '$lib/i18n/create';
import { dictionaries } from '$lib/i18n/index';
import type { Messages } from '$lib/i18n/id';
import { locales } from '$lib/i18n/core';
import type { Labels } from '$lib/labels';
import { checkRows, contactPreferences, rowWords, type AnswerNames } from './answers';
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

const full = (locale: (typeof locales)[number]) => createI18n(() => ({ locale, messages: dictionaries[locale] }));

describe('checkRows over the words the kept check page carries', () => {
	for (const locale of locales) {
		for (const shape of shapes) {
			it(`${locale}: ${shape.name}`, () => {
				const words = rowWords(full(locale));
				// A key the carried words lack would throw, not show "undefined".
				const carried = createI18n(() => ({
					locale,
					messages: new Proxy(words, {
						get: (target, key: string) => {
							if (!(key in target)) throw new Error(`the kept check page lacks the message ${key}`);
							return target[key as keyof typeof target];
						}
					}) as Messages
				}));
				const expected = checkRows(full(locale), labels, shape.v, shape.names, shape.photos, shape.slip);
				expect(checkRows(carried, labels, shape.v, shape.names, shape.photos, shape.slip)).toEqual(expected);
				// Every line is words, never a placeholder left unfilled.
				for (const row of expected) for (const line of row.lines) expect(line).not.toMatch(/\{\w+\}|undefined/);
			});
		}
	}
});

describe('checkRows', () => {
	const id = full('id');
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
