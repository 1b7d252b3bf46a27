// The sahabat's dashboard followed live (the /sahabat page's component on a hydrated page, the
// plain script's dashboard.ts on the plain one): the subscription, and the one sentence said when
// its numbers move.
import { format, formatNumber, type Locale } from '$lib/i18n/core';
import type { MessageKey } from '$lib/i18n/id';

export const dashboardChangedQuery = /* GraphQL */ `
	subscription SahabatDashboardLive {
		sahabatDashboardChanged { relay { open } districts { openTotal overdue { atVerifier atAgency } } }
	}
`;

export interface DashboardChanged {
	sahabatDashboardChanged: {
		relay: { open: number };
		districts: Array<{ openTotal: number; overdue: { atVerifier: number; atAgency: number } }>;
	};
}

/** The sentence said on news; it has {open}, {overdue} and {relay}. */
export const dashboardSentenceKey = 'dashboard.live.updated' satisfies MessageKey;

/** What is said on news: the open complaints, the overdue ones and the messages waiting, in all the sahabat's kecamatan. */
export function dashboardSentence(sentence: string, locale: Locale, update: DashboardChanged): string {
	const live = update.sahabatDashboardChanged;
	const sum = (pick: (d: DashboardChanged['sahabatDashboardChanged']['districts'][number]) => number) =>
		live.districts.reduce((total, d) => total + pick(d), 0);
	return format(sentence, {
		open: formatNumber(locale, sum((d) => d.openTotal)),
		overdue: formatNumber(locale, sum((d) => d.overdue.atVerifier + d.overdue.atAgency)),
		relay: formatNumber(locale, live.relay.open)
	});
}
