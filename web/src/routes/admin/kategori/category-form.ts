// The category form's fields, shared by "add" on the list and the category's page.
import { textOf } from '$lib/form-data';

export const categoryFields = ['categoryNameId', 'categoryNameEn', 'categoryHintId', 'categoryHintEn'] as const;
export type CategoryValues = Record<(typeof categoryFields)[number], string> & { active: boolean };

export function readCategory(form: FormData, withActive: boolean) {
	const values: CategoryValues = {
		categoryNameId: textOf(form, 'categoryNameId'),
		categoryNameEn: textOf(form, 'categoryNameEn'),
		categoryHintId: textOf(form, 'categoryHintId'),
		categoryHintEn: textOf(form, 'categoryHintEn'),
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
