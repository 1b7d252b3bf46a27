// The API's words for its own values (complaint kinds and statuses). The root layout loads them
// once per request from the API's catalogue; pages list and label kinds and statuses only from
// here, so the web never shows a label the API does not define.
import type { ChoiceOption } from '$lib/components/types';
import type { SchemaType } from '$lib/graphql';

export type ComplaintKind = SchemaType<'ComplaintKind'>;
export type ComplaintStatus = SchemaType<'ComplaintStatus'>;
export type ComplaintChannel = SchemaType<'ComplaintChannel'>;

/** How a complaint came in: the web, a sahabat's help, SMS, another application (Open311). */
export const CHANNELS = ['WEB', 'ASSISTED', 'SMS', 'OPEN311'] as const satisfies readonly ComplaintChannel[];

export interface Labels {
	kinds: Array<{ kind: ComplaintKind; label: string; hint: string }>;
	statuses: Array<{ status: ComplaintStatus; label: string; isOpen: boolean }>;
}

/** A kind's label, or the code itself if the API has none (never blank). */
export function kindLabel(labels: Labels, kind: string): string {
	return labels.kinds.find((k) => k.kind === kind)?.label ?? kind;
}

/** The kinds as choices, each with its hint, in the API's order. */
export function kindChoices(labels: Labels, withHints = true): ChoiceOption[] {
	return labels.kinds.map((k) => ({ value: k.kind, label: k.label, ...(withHints ? { hint: k.hint } : {}) }));
}

/** The statuses a complaint can be in while it is still handled, as choices. */
export function openStatusChoices(labels: Labels): ChoiceOption[] {
	return labels.statuses.filter((s) => s.isOpen).map((s) => ({ value: s.status, label: s.label }));
}

/** Whether a complaint in this status is still handled (so its reporter can still reply). */
export function isOpenStatus(labels: Labels, status: string): boolean {
	return labels.statuses.find((s) => s.status === status)?.isOpen ?? false;
}
