import { describe, expect, it } from 'vitest';
import { composeDate, emptyValues, fromDraft, hasAnswers, neighbours, readStep, resumeAt, splitDate, stepOf } from './filing';

const form = (entries: Record<string, string>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(entries)) data.append(k, v);
	return data;
};

describe('dates', () => {
	it.each([
		['', '', '', ''],
		['7', '8', '2026', '2026-08-07'],
		['7', '', '', '-00-07']
	])('composeDate(%s, %s, %s) → %s', (d, m, y, expected) => expect(composeDate(d, m, y)).toBe(expected));
	it('splits back without leading zeros', () => expect(splitDate('2026-08-07')).toEqual({ day: '7', month: '8', year: '2026' }));
	it('keeps what was typed wrong', () => expect(splitDate('2026-13-45')).toEqual({ day: '45', month: '13', year: '2026' }));
});

describe('readStep', () => {
	it('an unremembered date is saved as empty, whatever the boxes say', () => {
		const { answers } = readStep('waktu', form({ 'incidentDate-day': '3', dateUnknown: 'true' }));
		expect(answers).toEqual({ incidentDate: '' });
		expect(fromDraft({ incidentDate: '' }).dateUnknown).toBe(true);
		expect(fromDraft({ incidentDate: null }).dateUnknown).toBe(false);
	});
	it('"I don\'t know" the agency is a choice, not an unanswered step', () => {
		expect(readStep('instansi', form({ suggestedAgencyId: '' })).values).toEqual({ suggestedAgencyId: '', agencyChosen: true });
		expect(fromDraft({ suggestedAgencyId: '' }).agencyChosen).toBe(true);
		expect(fromDraft({}).agencyChosen).toBe(false);
	});
	it('a step only sends its own answers', () => {
		expect(Object.keys(readStep('kejadian', form({ title: 'a', story: 'b', kind: 'X' })).answers)).toEqual(['title', 'story']);
	});
});

describe('navigation', () => {
	it.each([
		['jenis', false, '/lapor', '/lapor/kejadian'],
		['waktu', false, '/lapor/kejadian', '/lapor/lokasi'],
		['kabar', false, '/lapor/privasi', '/lapor/periksa'],
		['waktu', true, '/lapor/periksa', '/lapor/periksa']
	] as const)('%s (changing %s): back %s, next %s', (step, changing, back, next) =>
		expect(neighbours(step, changing)).toEqual({ back, next }));
	it.each([
		['jenis', false, '/lapor/untuk-warga', '/lapor/kejadian'],
		['kabar', false, '/lapor/privasi', '/lapor/persetujuan'],
		['persetujuan', false, '/lapor/kabar', '/lapor/periksa'],
		['persetujuan', true, '/lapor/periksa', '/lapor/periksa']
	] as const)('for a resident (Lapor untuk warga) %s (changing %s): back %s, next %s', (step, changing, back, next) =>
		expect(neighbours(step, changing, true)).toEqual({ back, next }));
	it.each([
		[null, null],
		[{ step: '', answers: {} }, '/lapor/jenis'],
		[{ step: 'lokasi', answers: {} }, '/lapor/kategori'],
		[{ step: 'kabar', answers: {} }, '/lapor/periksa'],
		[{ step: 'kabar', answers: { assisted: true } }, '/lapor/persetujuan'],
		[{ step: 'persetujuan', answers: { assisted: true } }, '/lapor/periksa']
	] as const)('carries on with %j at %s', (draft, at) => expect(resumeAt(draft)).toBe(at));
	it('finds the step of a field', () => {
		expect(stepOf('villageCode')).toBe('lokasi');
		expect(stepOf('consentReadBack')).toBe('persetujuan');
		expect(stepOf('consent')).toBe('persetujuan');
		expect(stepOf('attachmentIds')).toBeNull();
	});
	it('records consent as given when the consent step is saved', () => {
		const { answers, values } = readStep('persetujuan', form({ consentMethod: 'SPOKEN', consentReadBack: 'true', consentNote: '' }));
		expect(values).toEqual({ consentMethod: 'SPOKEN', consentReadBack: true, consentNote: '' });
		expect(Date.now() - Date.parse(String(answers['consentGivenAt']))).toBeLessThan(60_000);
	});
});

describe('hasAnswers: whether the server has a draft to show, or the phone\'s copy is the one', () => {
	it.each([
		['nothing', {}, false],
		['a sahabat\'s empty filing', { assisted: true }, false],
		['a place without a kind (a step opened by its address)', { districtCode: '73.06.08', latitude: '-5.2' }, true],
		['only "I do not remember the date"', { dateUnknown: true }, true],
		['a kind', { kind: 'PENGADUAN' }, true]
	] as const)('%s → %s', (_name, answers, expected) => {
		expect(hasAnswers({ ...emptyValues(), ...answers })).toBe(expected);
	});
});
