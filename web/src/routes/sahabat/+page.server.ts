// The kecamatan dashboard of a sahabat: for each kecamatan they are assigned to, open complaints
// by status, the overdue ones, messages waiting to be passed on, and this month's filings. Only
// for a sahabat. Rendered whole on the server; with scripts the page reloads this data whenever
// the API's subscription says a number moved (depends below).
import { execute, graphql, type ResultOf } from '$lib/graphql';
import { requireRoles } from '$lib/server/staff';
import type { PageServerLoad } from './$types';

// A plain page ($lib/plain/routes.ts): rendered whole here, no SvelteKit client.
export const csr = false;

const Dashboard = graphql(/* GraphQL */ `
	query SahabatDashboard {
		sahabatDashboard {
			generatedAt monthStart
			relay { open overdue }
			districts {
				code name openTotal
				openByStatus { status count }
				overdue {
					atVerifier atAgency
					complaints { trackingCode status categoryName districtName villageName dueAt label }
				}
				relay { open overdue }
				month { total byKind { kind count } byCategory { categoryId name count } }
				inclusion { sentence note }
			}
		}
	}
`);

export type DashboardDistrict = ResultOf<typeof Dashboard>['sahabatDashboard']['districts'][number];
export type OverdueRow = DashboardDistrict['overdue']['complaints'][number];

const SAHABAT = ['SAHABAT'];

export const load: PageServerLoad = async ({ locals, url, parent, setHeaders, depends }) => {
	depends('suara:sahabat-dashboard');
	const { viewer } = await parent();
	requireRoles(viewer, url, locals.locale, SAHABAT);
	setHeaders({ 'cache-control': 'private, no-store' });
	const { sahabatDashboard } = await execute(locals, Dashboard);
	return { dashboard: sahabatDashboard };
};
