// The holiday form's fields, shared by "add" on the list and the edit page.
import { composeDate, field } from '../support';

export const HOLIDAY_KINDS = ['MOVEABLE', 'CUTI_BERSAMA', 'LOCAL', 'NATIONAL'] as const;
export const holidayFields = ['holidayDate', 'holidayNameId', 'holidayNameEn', 'holidayKind'];

export interface HolidayValues {
	day: string;
	month: string;
	year: string;
	holidayNameId: string;
	holidayNameEn: string;
	holidayKind: string;
}

export function readHoliday(form: FormData): { values: HolidayValues; input: { date: string; nameId: string; nameEn: string; kind: string } } {
	const values: HolidayValues = {
		day: field(form, 'holidayDate-day'),
		month: field(form, 'holidayDate-month'),
		year: field(form, 'holidayDate-year'),
		holidayNameId: field(form, 'holidayNameId'),
		holidayNameEn: field(form, 'holidayNameEn'),
		holidayKind: field(form, 'holidayKind')
	};
	return {
		values,
		input: {
			date: composeDate(values.day, values.month, values.year),
			nameId: values.holidayNameId,
			nameEn: values.holidayNameEn,
			kind: values.holidayKind
		}
	};
}
