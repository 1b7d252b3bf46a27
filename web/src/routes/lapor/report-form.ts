// The complaint form's values: read from form data, mapped to SubmitComplaintInput, and the field
// ids that error summary links point to. Shared by the action and the page.

export interface ReportValues {
	clientRequestId: string;
	kind: string;
	title: string;
	story: string;
	incidentDay: string;
	incidentMonth: string;
	incidentYear: string;
	districtCode: string;
	villageCode: string;
	landmark: string;
	categoryId: string;
	privacy: string;
	showReporterName: boolean;
	reporterName: string;
	reporterPhone: string;
	reporterEmail: string;
}

/** Input names in the order the fields appear, so the error summary follows the page. */
export const reportFields = [
	'kind',
	'title',
	'story',
	'incidentDate',
	'districtCode',
	'villageCode',
	'landmark',
	'categoryId',
	'privacy',
	'reporterName',
	'showReporterName',
	'reporterPhone',
	'reporterEmail'
] as const;

export const limits = { title: 150, story: 4000, landmark: 200 } as const;

export function emptyReport(clientRequestId: string): ReportValues {
	return {
		clientRequestId,
		kind: '',
		title: '',
		story: '',
		incidentDay: '',
		incidentMonth: '',
		incidentYear: '',
		districtCode: '',
		villageCode: '',
		landmark: '',
		categoryId: '',
		privacy: '',
		showReporterName: false,
		reporterName: '',
		reporterPhone: '',
		reporterEmail: ''
	};
}

export function readReport(form: FormData): ReportValues {
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	return {
		clientRequestId: text('clientRequestId'),
		kind: text('kind'),
		title: text('title'),
		story: text('story'),
		incidentDay: text('incidentDate-day').trim(),
		incidentMonth: text('incidentDate-month').trim(),
		incidentYear: text('incidentDate-year').trim(),
		districtCode: text('districtCode'),
		villageCode: text('villageCode'),
		landmark: text('landmark'),
		categoryId: text('categoryId'),
		privacy: text('privacy'),
		showReporterName: form.get('showReporterName') === 'true',
		reporterName: text('reporterName'),
		reporterPhone: text('reporterPhone'),
		reporterEmail: text('reporterEmail')
	};
}

/** Day, month and year boxes as YYYY-MM-DD; all empty means "I do not remember the date". */
export function composeDate(day: string, month: string, year: string): string | null {
	if (!day && !month && !year) return null;
	// Partly filled or odd values go through as they are; the server explains what is wrong.
	return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const orNull = (value: string) => (value.trim() === '' ? null : value);

export function toSubmitInput(v: ReportValues): Record<string, unknown> {
	return {
		kind: orNull(v.kind),
		title: v.title,
		story: v.story,
		incidentDate: composeDate(v.incidentDay, v.incidentMonth, v.incidentYear),
		districtCode: orNull(v.districtCode),
		villageCode: orNull(v.villageCode),
		landmark: orNull(v.landmark),
		categoryId: orNull(v.categoryId),
		privacy: orNull(v.privacy),
		showReporterName: v.showReporterName,
		reporterName: orNull(v.reporterName),
		reporterPhone: orNull(v.reporterPhone),
		reporterEmail: orNull(v.reporterEmail),
		clientRequestId: orNull(v.clientRequestId)
	};
}
