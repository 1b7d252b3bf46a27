// The sahabat's dashboard followed live as a plain page, for the plain script (page.ts); what the
// /sahabat component does on a hydrated page. When its numbers move (sahabatDashboardChanged over
// graphql-ws), the page is fetched anew and its live parts (the date of the figures, the messages
// waiting, each kecamatan) are drawn again from it (redraw.ts), then one sentence says the new
// totals through the polite live region.
import { parseLocale } from '$lib/i18n/core';
import { dashboardChangedQuery, dashboardSentence, type DashboardChanged } from '$lib/live-dashboard';
import { startNotify } from './notify';
import { redrawOnNews } from './redraw';
import { plainData } from './routes';

/** Also says and counts a signed-in person's new notifications when given the header's link (notify.ts), over the same connection. */
export function startDashboard(marker: HTMLElement, announce: (message: string) => void, notifications: HTMLElement | null = null): void {
	if (notifications) startNotify(notifications, announce);
	const sentence = marker.getAttribute(plainData.dashboard) ?? '';
	const locale = parseLocale(document.documentElement.lang);
	redrawOnNews<DashboardChanged>(dashboardChangedQuery, {}, (update) => dashboardSentence(sentence, locale, update), announce);
}
