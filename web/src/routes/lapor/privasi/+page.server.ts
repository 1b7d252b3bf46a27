import { execute, graphql, type ResultOf } from '$lib/graphql';
import { loadStep, stepAction } from '../filing.server';
import type { Actions, PageServerLoad } from './$types';

// What each audience gets, from the same rules that answer real queries (an API test holds the
// two together). Reference data: the same for everyone.
const Preview = graphql(/* GraphQL */ `
	query FilingPrivacyPreview {
		PUBLIC: privacyPreview(privacy: "PUBLIC", showReporterName: false) { audience visible content reporterName reporterContact }
		PUBLIC_NAMED: privacyPreview(privacy: "PUBLIC", showReporterName: true) { audience visible content reporterName reporterContact }
		ANONYMOUS: privacyPreview(privacy: "ANONYMOUS") { audience visible content reporterName reporterContact }
		CONFIDENTIAL: privacyPreview(privacy: "CONFIDENTIAL") { audience visible content reporterName reporterContact }
	}
`);

/** What one audience gets under one choice. */
export type AudienceView = ResultOf<typeof Preview>['PUBLIC'][number];

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const [step, preview] = await Promise.all([loadStep('privasi', locals, url, setHeaders), execute(locals, Preview)]);
	return { ...step, preview };
};

export const actions: Actions = { default: stepAction('privasi') };
