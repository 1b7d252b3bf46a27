// A resident's consent to a sahabat's filing, in words: the check page, the receipt and the staff
// page say how the resident agreed the same way.
import type { I18n } from '$lib/i18n/context';

/** How the resident agreed (the API's consent method code: SPOKEN, WRITTEN, …), in words. */
export function consentMethodWords(i18n: I18n, method: string): string {
	return i18n.t(`assist.consent.method.${method}` as 'assist.consent.method.SPOKEN');
}
