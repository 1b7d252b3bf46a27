// The staff queue: what waits for the signed-in person within their scopes, soonest deadline
// first. Filters and pages are plain GET parameters, so the page works without JavaScript and a
// filtered view can be bookmarked.
import { execute, graphql, type VariablesOf, type ResultOf } from '$lib/graphql';
import { CHANNELS } from '$lib/labels';
import { requireRoles } from '$lib/server/staff';
import type { PageServerLoad } from './$types';

// A plain page ($lib/plain/routes.ts): rendered whole here, no SvelteKit client.
export const csr = false;

const regencyCode = '73.06';
const PAGE_SIZE = 20;
/** The API gives at most 500 at once: deeper pages are reached by narrowing the filter. */
const MAX_PAGES = 25;

export type QueueRow = ResultOf<typeof Queue>['queue']['edges'][number]['node'];

const Queue = graphql(/* GraphQL */ `
	query StaffQueue($first: Int, $filter: QueueFilter, $parentCode: String!) {
		queue(first: $first, filter: $filter) {
			totalCount
			edges { node {
				trackingCode title status statusLabel kindLabel submittedAt
				district { name }
				category { name }
				deadline { label isOverdue isPaused dueAt }
			} }
		}
		queueCounts(filter: $filter) { status label count }
		regions(parentCode: $parentCode) { code name }
		categories { id name }
	}
`);

const InclusionMonth = graphql(/* GraphQL */ `
	query StaffInclusionMonth {
		inclusionMonthSummary {
			month
			kabupaten { name sentence note }
			districts { districtCode name sentence withDisability { value publication } throughSahabat { value publication } }
		}
	}
`);

const RelayCount = graphql(/* GraphQL */ `query StaffRelayCount { sahabatTasks { id } }`);

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
	return allowed.find((a) => a === value);
}

export const load: PageServerLoad = async ({ locals, url, parent, setHeaders }) => {
	const { viewer, labels } = await parent();
	requireRoles(viewer, url, locals.locale);
	setHeaders({ 'cache-control': 'private, no-store' });

	const params = url.searchParams;
	const text = (name: string) => params.get(name)?.trim().slice(0, 60) || undefined;
	const filter = {
		regionCode: text('kecamatan'),
		categoryId: text('topik'),
		// The queue holds complaints still being handled: its statuses are the API's open ones.
		status: pick(params.get('status'), labels.statuses.filter((st) => st.isOpen).map((st) => st.status)),
		kind: pick(params.get('jenis'), labels.kinds.map((k) => k.kind)),
		channel: pick(params.get('jalur'), CHANNELS),
		overdueOnly: params.get('terlambat') === '1' || undefined
	} satisfies VariablesOf<typeof Queue>['filter'];
	// Pages by number: the first N pages are fetched and the last of them shown, so the order is
	// the queue's own (cursors cannot page backwards over deadlines that may be empty).
	const asked = Number.parseInt(params.get('halaman') ?? '1', 10);
	const page = Number.isFinite(asked) ? Math.min(Math.max(asked, 1), MAX_PAGES) : 1;
	const data = await execute(locals, Queue, { first: page * PAGE_SIZE, filter, parentCode: regencyCode });
	const pageCount = Math.min(Math.max(1, Math.ceil(data.queue.totalCount / PAGE_SIZE)), MAX_PAGES);
	const roles = viewer?.roles ?? [];
	return {
		filter,
		rows: data.queue.edges.slice((page - 1) * PAGE_SIZE).map((e) => e.node),
		totalCount: data.queue.totalCount,
		page,
		pageCount,
		counts: data.queueCounts,
		regions: data.regions,
		categories: data.categories,
		/** Staff filter by how complaints came in; a sahabat's queue has no such filter. */
		filtersByChannel: roles.some((r) => r === 'VERIFIER' || r === 'AGENCY_OFFICER' || r === 'ADMINISTRATOR'),
		managesTemplates: roles.includes('AGENCY_OFFICER') || roles.includes('ADMINISTRATOR'),
		// A sahabat's messages to pass on to residents: their own page, linked with its count.
		relayCount: roles.includes('SAHABAT') ? (await execute(locals, RelayCount)).sahabatTasks.length : null,
		// This month's answers with a disability, for verifiers and administrators (suppressed).
		inclusionMonth:
			roles.includes('VERIFIER') || roles.includes('ADMINISTRATOR') ? (await execute(locals, InclusionMonth)).inclusionMonthSummary : null
	};
};
