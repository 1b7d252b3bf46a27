// The privacy preview's query (reference data, the same for everyone), for the server loads of
// the privacy and consent steps. Kept apart from privacy-preview.ts, which the pages import, so
// the GraphQL client (about 48 KiB gzip) never ships to the browser.
import { execute, graphql, type ResultOf } from '$lib/graphql';

const Preview = graphql(/* GraphQL */ `
	query FilingPrivacyPreview {
		PUBLIC: privacyPreview(privacy: "PUBLIC", showReporterName: false) { audience visible content reporterName reporterContact }
		PUBLIC_NAMED: privacyPreview(privacy: "PUBLIC", showReporterName: true) { audience visible content reporterName reporterContact }
		ANONYMOUS: privacyPreview(privacy: "ANONYMOUS") { audience visible content reporterName reporterContact }
		CONFIDENTIAL: privacyPreview(privacy: "CONFIDENTIAL") { audience visible content reporterName reporterContact }
	}
`);

export type PrivacyPreview = ResultOf<typeof Preview>;

/** Reference data: the same for everyone. */
export function loadPrivacyPreview(locals: App.Locals): Promise<PrivacyPreview> {
	return execute(locals, Preview);
}
