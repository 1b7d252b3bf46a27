// Who sees what under each privacy choice, from the same rules that answer real queries (an API
// test holds the two together), in words: the privacy step shows it for every choice, and a
// sahabat reads the chosen one back to the resident before recording consent.
import type { I18n } from '$lib/i18n/context';
import type { PrivacyPreview } from './privacy-preview.server';

export type { PrivacyPreview };

/** What one audience gets under one choice. */
export type AudienceView = PrivacyPreview['PUBLIC'][number];
export const privacies = ['PUBLIC', 'ANONYMOUS', 'CONFIDENTIAL'] as const;
export type PrivacyChoice = (typeof privacies)[number];

/**
 * What one audience sees under one choice, in sentences. `named`: the name is shown publicly
 * (PUBLIC with the box ticked); undefined: not chosen yet, so the name "if you choose".
 */
export function describeAudience(
	i18n: I18n,
	preview: PrivacyPreview,
	privacy: PrivacyChoice,
	audience: AudienceView['audience'],
	named?: boolean
): string[] {
	const view = (key: keyof PrivacyPreview) => preview[key].find((v) => v.audience === audience);
	const plain = view(privacy === 'PUBLIC' && named ? 'PUBLIC_NAMED' : privacy);
	if (!plain || !plain.visible) return [i18n.t('filing.preview.nothing')];
	const lines = plain.content ? [i18n.t('filing.preview.content')] : [];
	if (plain.reporterContact) lines.push(i18n.t('filing.preview.contact'));
	else if (privacy === 'PUBLIC' && named === undefined && !plain.reporterName && view('PUBLIC_NAMED')?.reporterName) {
		lines.push(i18n.t('filing.preview.nameIfChosen'));
	} else lines.push(i18n.t(plain.reporterName ? 'filing.preview.name' : 'filing.preview.noContact'));
	return lines;
}
