// The agency form's fields, shared by "add" on the list and the agency's page.
import { textOf } from '$lib/form-data';

export const agencyFields = ['agencyName', 'agencyShortName', 'agencyPhone', 'agencyEmail', 'agencyAddress'] as const;
export type AgencyValues = Record<(typeof agencyFields)[number], string> & { active: boolean };

export function readAgency(form: FormData, withActive: boolean) {
	const values: AgencyValues = {
		agencyName: textOf(form, 'agencyName'),
		agencyShortName: textOf(form, 'agencyShortName'),
		agencyPhone: textOf(form, 'agencyPhone'),
		agencyEmail: textOf(form, 'agencyEmail'),
		agencyAddress: textOf(form, 'agencyAddress'),
		active: withActive ? form.get('active') === 'true' : true
	};
	return {
		values,
		input: {
			name: values.agencyName,
			shortName: values.agencyShortName,
			phone: values.agencyPhone,
			email: values.agencyEmail,
			address: values.agencyAddress,
			active: values.active
		}
	};
}
