import { execute, operation } from '$lib/graphql';
import { loadStep, stepAction } from '../journey.server';
import type { Actions, PageServerLoad } from './$types';

export interface AudienceView {
	audience: 'PUBLIC' | 'AGENCY_HANDLING';
	visible: boolean;
	content: boolean;
	reporterName: boolean;
	reporterContact: boolean;
}

// What each audience gets, from the same rules that answer real queries (an API test holds the
// two together). Reference data: the same for everyone.
const Preview = operation<Record<string, AudienceView[]>>(/* GraphQL */ `
	query JourneyPrivacyPreview {
		PUBLIC: privacyPreview(privacy: "PUBLIC", showReporterName: false) { audience visible content reporterName reporterContact }
		PUBLIC_NAMED: privacyPreview(privacy: "PUBLIC", showReporterName: true) { audience visible content reporterName reporterContact }
		ANONYMOUS: privacyPreview(privacy: "ANONYMOUS") { audience visible content reporterName reporterContact }
		CONFIDENTIAL: privacyPreview(privacy: "CONFIDENTIAL") { audience visible content reporterName reporterContact }
	}
`);

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const [step, preview] = await Promise.all([loadStep('privasi', locals, url, setHeaders), execute(locals, Preview)]);
	return { ...step, preview };
};

export const actions: Actions = { default: stepAction('privasi') };
