// The one way a form action (or a pure form model) reads what was posted: a text field is its
// string, and '' when it is absent or, posted by hand, a file. What the text means is for the
// API to check; a page only keeps what was typed to show it again.

/** A text field from a posted form ('' when absent or a file). */
export function textOf(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/** `textOf` bound to one form: `const text = formText(form); text('title')`. */
export function formText(form: FormData): (name: string) => string {
	return (name) => textOf(form, name);
}
