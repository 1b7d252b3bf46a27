// The optional questions about the reporter after filing ("who is being served"): their field
// names and choices as the API's InclusionAnswersInput has them, for the questions page and its
// form action. The six difficulties follow the Washington Group short set.

export const DIFFICULTY_QUESTIONS = ['seeing', 'hearing', 'walking', 'remembering', 'selfCare', 'communicating'] as const;
export const DIFFICULTY_LEVELS = ['NONE', 'SOME', 'A_LOT', 'CANNOT'] as const;
export const AGE_BANDS = ['UNDER_18', 'FROM_18_TO_29', 'FROM_30_TO_44', 'FROM_45_TO_59', 'FROM_60'] as const;
export const GENDERS = ['FEMALE', 'MALE'] as const;

/** Every field of the form, in the order of the page: each field's id is its name. */
export const INCLUSION_FIELDS = [...DIFFICULTY_QUESTIONS, 'ageBand', 'gender'] as const;
export type InclusionField = (typeof INCLUSION_FIELDS)[number];

/** The choices of each field. */
export const CHOICES: Readonly<Record<InclusionField, readonly string[]>> = {
	seeing: DIFFICULTY_LEVELS,
	hearing: DIFFICULTY_LEVELS,
	walking: DIFFICULTY_LEVELS,
	remembering: DIFFICULTY_LEVELS,
	selfCare: DIFFICULTY_LEVELS,
	communicating: DIFFICULTY_LEVELS,
	ageBand: AGE_BANDS,
	gender: GENDERS
};

/** The fields whose posted value is none of their choices (a changed form); empty is fine. */
export function unknownChoices(values: Readonly<Record<InclusionField, string>>): InclusionField[] {
	return INCLUSION_FIELDS.filter((field) => values[field] !== '' && !CHOICES[field].includes(values[field]));
}
