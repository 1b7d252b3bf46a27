// A complaint followed live on its tracking page (LiveComplaint.svelte on a hydrated page, the plain
// script's live.ts on the plain one): the subscription, and the sentence said on news.
import { format } from '$lib/i18n/core';
import type { MessageKey } from '$lib/i18n/id';

export const complaintUpdatedQuery = /* GraphQL */ `
	subscription LiveComplaint($trackingCode: String!, $accessSecret: String) {
		complaintUpdated(trackingCode: $trackingCode, accessSecret: $accessSecret) { statusLabel isSandbox }
	}
`;

export interface ComplaintUpdated {
	complaintUpdated: { statusLabel: string; isSandbox: boolean };
}

/** The sentences said on news, in this order: a complaint's, a workshop's practice complaint's
 * (which says so, as every word about it does). Each has {status}. */
export const updateSentenceKeys = ['notify.live.complaintUpdated', 'notify.live.practiceUpdated'] as const satisfies readonly MessageKey[];

/** What is said on news, from the two sentences (in the order of `updateSentenceKeys`). */
export function updateSentence(sentences: readonly string[], update: ComplaintUpdated): string {
	const { statusLabel, isSandbox } = update.complaintUpdated;
	return format(sentences[isSandbox ? 1 : 0] ?? '', { status: statusLabel });
}
