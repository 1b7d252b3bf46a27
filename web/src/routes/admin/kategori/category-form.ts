// The category form's fields, shared by "add" on the list and the category's page.
import { field } from '../support';

export const categoryFields = ['categoryNameId', 'categoryNameEn', 'categoryHintId', 'categoryHintEn'] as const;
export type CategoryValues = Record<(typeof categoryFields)[number], string> & { active: boolean };

export function readCategory(form: FormData, withActive: boolean) {
	const values: CategoryValues = {
		categoryNameId: field(form, 'categoryNameId'),
		categoryNameEn: field(form, 'categoryNameEn'),
		categoryHintId: field(form, 'categoryHintId'),
		categoryHintEn: field(form, 'categoryHintEn'),
		active: withActive ? form.get('active') === 'true' : true
	};
	return {
		values,
		input: {
			nameId: values.categoryNameId,
			nameEn: values.categoryNameEn,
			hintId: values.categoryHintId,
			hintEn: values.categoryHintEn,
			active: values.active
		}
	};
}
