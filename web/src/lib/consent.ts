// A resident's consent to a sahabat's filing, in words: the check page, the receipt and the staff
// page say how the resident agreed the same way.
import type { I18n } from '$lib/i18n/context';

/** How the resident agreed (the API's consent method code: SPOKEN, WRITTEN, …), in words. */
export function consentMethodWords(i18n: I18n, method: string): string {
	return i18n.t(`assist.consent.method.${method}` as 'assist.consent.method.SPOKEN');
}

/** When and how the resident agreed, in one of the sentences that say so (the receipt's, the staff page's). */
export function consentWhenAndHow(
	i18n: I18n,
	sentence: 'assist.receipt.consent' | 'staff.complaint.consentValue',
	consent: { consentMethod: string; consentGivenAt: string }
): string {
	return i18n.t(sentence, { method: consentMethodWords(i18n, consent.consentMethod), time: i18n.date(consent.consentGivenAt) });
}
