// One complaint's tracking page. The reporter's PIN comes from the cookie set when filing or
// looking it up; the server decides what the viewer may see.
import { error, redirect } from '@sveltejs/kit';
import { execute, operation } from '$lib/graphql';
import { t } from '$lib/i18n';
import { getAccessSecret } from '$lib/server/access-cookie';
import { normaliseTrackingCode } from '$lib/tracking-code';
import type { PageServerLoad } from './$types';

interface Named {
	name: string;
}

export interface TrackedComplaint {
	trackingCode: string;
	kind: string;
	kindLabel: string;
	/** Nullable in the schema (the contract says non-null); the page falls back to the code. */
	title: string | null;
	story: string | null;
	status: string;
	statusLabel: string;
	privacy: 'PUBLIC' | 'ANONYMOUS' | 'CONFIDENTIAL';
	isSandbox: boolean;
	submittedAt: string;
	incidentDate: string | null;
	district: Named;
	village: Named | null;
	landmark: string | null;
	category: Named | null;
	agency: Named | null;
	reporterName: string | null;
	verifyDueAt: string | null;
	viewerIsReporter: boolean;
	timeline: Array<{
		id: string;
		type: string;
		statusLabel: string | null;
		note: string | null;
		createdAt: string;
	}>;
}

const Track = operation<
	{ complaint: TrackedComplaint | null },
	{ trackingCode: string; accessSecret: string | null }
>(/* GraphQL */ `
	query TrackComplaint($trackingCode: String!, $accessSecret: String) {
		complaint(trackingCode: $trackingCode, accessSecret: $accessSecret) {
			trackingCode kind kindLabel title story status statusLabel privacy isSandbox
			submittedAt incidentDate landmark reporterName verifyDueAt viewerIsReporter
			district { name }
			village { name }
			category { name }
			agency { name }
			timeline { id type statusLabel note createdAt }
		}
	}
`);

export const load: PageServerLoad = async ({ params, url, locals, cookies, setHeaders }) => {
	const trackingCode = normaliseTrackingCode(params.code);
	if (trackingCode !== params.code) {
		redirect(308, `/lacak/${encodeURIComponent(trackingCode)}${url.search}`);
	}
	const accessSecret = getAccessSecret(cookies, trackingCode) ?? null;
	const { complaint } = await execute(locals, Track, { trackingCode, accessSecret });
	if (!complaint) {
		error(404, { message: t(locals.locale, 'error.complaintNotFound.text'), code: 'complaint_not_found' });
	}
	// The page can show the PIN and a confidential story: never keep it in a shared cache.
	setHeaders({ 'cache-control': 'private, no-store' });
	const isNew = url.searchParams.get('baru') === '1';
	return {
		complaint,
		isNew,
		accessSecret: isNew ? accessSecret : null,
		overdueSince: verificationOverdue(complaint, new Date())
	};
};

/** The verification deadline, once it has passed with the complaint still waiting to be checked.
 * (The API has no overdue flag yet; this is the one deadline the tracking page knows.) */
function verificationOverdue(complaint: TrackedComplaint, now: Date): string | null {
	const due = complaint.verifyDueAt;
	return complaint.status === 'SUBMITTED' && due && Date.parse(due) < now.getTime() ? due : null;
}
