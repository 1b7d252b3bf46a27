// The agency form's fields, shared by "add" on the list and the agency's page.
import { field } from '../support';

export const agencyFields = ['agencyName', 'agencyShortName', 'agencyPhone', 'agencyEmail', 'agencyAddress'] as const;
export type AgencyValues = Record<(typeof agencyFields)[number], string> & { active: boolean };

export function readAgency(form: FormData, withActive: boolean) {
	const values: AgencyValues = {
		agencyName: field(form, 'agencyName'),
		agencyShortName: field(form, 'agencyShortName'),
		agencyPhone: field(form, 'agencyPhone'),
		agencyEmail: field(form, 'agencyEmail'),
		agencyAddress: field(form, 'agencyAddress'),
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
