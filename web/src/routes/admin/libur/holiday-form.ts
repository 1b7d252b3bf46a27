// The holiday form's fields, shared by "add" on the list and the edit page.
import { textOf } from '$lib/form-data';
import { composeDate } from '../support';

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
		day: textOf(form, 'holidayDate-day'),
		month: textOf(form, 'holidayDate-month'),
		year: textOf(form, 'holidayDate-year'),
		holidayNameId: textOf(form, 'holidayNameId'),
		holidayNameEn: textOf(form, 'holidayNameEn'),
		holidayKind: textOf(form, 'holidayKind')
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
