import { describe, expect, it } from 'vitest';
import { composeDate, emptyReport, readReport, toSubmitInput } from './report-form';

describe('composeDate', () => {
	it('is null when all boxes are empty', () => expect(composeDate('', '', '')).toBeNull());
	it('pads day and month', () => expect(composeDate('7', '8', '2026')).toBe('2026-08-07'));
	it('passes partial dates on for the server to reject', () =>
		expect(composeDate('7', '', '')).toBe('-00-07'));
});

describe('toSubmitInput', () => {
	it('maps an empty form to nulls and empty required strings', () => {
		const input = toSubmitInput(emptyReport('id-1'));
		expect(input).toMatchObject({
			kind: null,
			title: '',
			story: '',
			incidentDate: null,
			districtCode: null,
			categoryId: null,
			privacy: null,
			showReporterName: false,
			clientRequestId: 'id-1'
		});
	});

	it('reads the form fields', () => {
		const form = new FormData();
		form.set('kind', 'ASPIRASI');
		form.set('title', 'Lampu mati');
		form.set('incidentDate-day', ' 17 ');
		form.set('incidentDate-month', '8');
		form.set('incidentDate-year', '2026');
		form.set('showReporterName', 'true');
		const values = readReport(form);
		expect(values.kind).toBe('ASPIRASI');
		expect(toSubmitInput(values)).toMatchObject({
			incidentDate: '2026-08-17',
			showReporterName: true,
			title: 'Lampu mati'
		});
	});
});
