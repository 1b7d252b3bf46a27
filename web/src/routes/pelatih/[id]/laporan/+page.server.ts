// The workshop report for its trainer, printable: title, date, kecamatan and the counts —
// live while the practice data exists, from the kept summary after the purge.
import { execute, graphql } from '$lib/graphql';
import { requireRoles } from '$lib/server/staff';
import type { PageServerLoad } from './$types';

const Report = graphql(/* GraphQL */ `
	query WorkshopReportPage($workshopId: ID!) {
		workshopReport(workshopId: $workshopId) {
			id title startsAt regionName phase endedAt purgeDueAt purgedAt kept
			counts { participants finished complaintsFiled errorsByStep { step count } }
			inclusion {
				total { value publication }
				tables { dimension grouping columns total { value publication } columnTotals { value publication }
					rows { key total { value publication } cells { value publication } } }
			}
		}
	}
`);

export const load: PageServerLoad = async ({ locals, url, params, parent, setHeaders }) => {
	const { viewer } = await parent();
	requireRoles(viewer, url, locals.locale, ['TRAINER']);
	setHeaders({ 'cache-control': 'private, no-store' });
	const { workshopReport } = await execute(locals, Report, { workshopId: params.id });
	return { report: workshopReport };
};
