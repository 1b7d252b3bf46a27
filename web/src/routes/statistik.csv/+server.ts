// The figures of /statistik as CSV, for the same GET filter: a header row, then one line per row
// of each table on the page (lib/statistics.ts builds both), UTF-8 with a byte-order mark.
import { t } from '$lib/i18n';
import { loadStatistics } from '$lib/server/statistics';
import { figureSections, figuresCsv } from '$lib/statistics';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const { statistics, errors } = await loadStatistics(locals, url);
	if (!statistics) {
		return new Response(`${errors.map((e) => e.message).join('\n')}\n`, {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	const place = statistics.districtCode ? `-${statistics.districtCode.replaceAll('.', '')}` : '';
	const csv = figuresCsv(figureSections(statistics, locals.locale), (key, params) => t(locals, key, params));
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="statistik-suara-${statistics.from}-${statistics.to}${place}.csv"`
		}
	});
};
