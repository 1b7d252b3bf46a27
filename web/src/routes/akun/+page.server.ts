// "Laporan saya": the signed-in person's complaints, newest first, with status and due date in
// words. Not signed in: to sign-in, and back here afterwards.
import { redirect } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 20;

const Mine = graphql(/* GraphQL */ `
	query MyComplaints($first: Int!, $after: String) {
		viewer { name roles }
		myComplaints(first: $first, after: $after) {
			edges { cursor node { trackingCode title kindLabel statusLabel submittedAt deadline { dueAt kind isOverdue label } } }
			pageInfo { hasNextPage endCursor }
		}
	}
`);

const Signed = graphql(/* GraphQL */ `query AccountViewer { viewer { id } }`);

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const { viewer } = await execute(locals, Signed);
	if (!viewer) redirect(303, `/masuk?returnTo=${encodeURIComponent(url.pathname + url.search)}`);
	const after = url.searchParams.get('setelah');
	const data = await execute(locals, Mine, { first: PAGE_SIZE, after: after || null });
	setHeaders({ 'cache-control': 'private, no-store' });
	return {
		complaints: data.myComplaints.edges.map((e) => e.node),
		next: data.myComplaints.pageInfo.hasNextPage ? data.myComplaints.pageInfo.endCursor : null,
		isLaterPage: !!after,
		claimed: url.searchParams.get('disimpan'),
		newPassword: url.searchParams.get('sandi') === 'baru',
		canFollowAreas: (data.viewer?.roles ?? []).some((r) =>
			['VERIFIER', 'SAHABAT', 'AGENCY_OFFICER', 'ADMINISTRATOR'].includes(r)
		),
		isSahabat: (data.viewer?.roles ?? []).includes('SAHABAT')
	};
};
