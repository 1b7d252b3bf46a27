// The document title in one place: "<page> – Suara", with "Galat:" / "Error:" first when the page
// shows form errors (screen readers read the title first after a submit or a navigation).
import type { I18n } from '$lib/i18n/context';

export function pageTitle(i18n: Pick<I18n, 't'>, title: string, hasErrors = false): string {
	const prefix = hasErrors ? `${i18n.t('app.errorPrefix')} ` : '';
	return `${prefix}${title} ${i18n.t('app.titleSuffix')}`;
}
