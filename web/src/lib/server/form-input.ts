// Form posts are checked once, in the server hook, before any action reads them: a control
// character (NUL and the like; tab and line breaks are ordinary text) or a body that is not a
// readable form is the sender's to fix, so the action's own formData() answers with a 400 page
// that says so, instead of the value travelling on and failing somewhere as a server error.
import { error } from '@sveltejs/kit';
import { t, type Locale } from '$lib/i18n';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const FORM_TYPES = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data)/i;

/** Whether any name, value or file name of the form holds a control character. */
export function hasControlCharacter(form: FormData): boolean {
	for (const [name, value] of form) {
		if (CONTROL.test(name)) return true;
		if (typeof value === 'string' ? CONTROL.test(value) : CONTROL.test(value.name)) return true;
	}
	return false;
}

/** 'ok', or why the form post is refused: 'control' (a control character) or 'unreadable'. */
export async function checkFormPost(request: Request): Promise<'ok' | 'control' | 'unreadable'> {
	if (request.method !== 'POST' || !FORM_TYPES.test(request.headers.get('content-type') ?? '')) return 'ok';
	let form: FormData;
	try {
		form = await request.clone().formData();
	} catch {
		return 'unreadable';
	}
	return hasControlCharacter(form) ? 'control' : 'ok';
}

/** Makes the request's formData() refuse with a 400 error page in the reader's language. */
export function refuseFormData(request: Request, locale: Locale): void {
	Object.defineProperty(request, 'formData', {
		configurable: true,
		value: async () => error(400, { message: t(locale, 'error.badInput.text'), code: 'bad_input' })
	});
}
