// "Who is being served" as CSV, for the same year (GET `tahun`) as the page: one line per count,
// a small or withheld one with an empty count and its publication beside it (lib/inclusion-figures
// builds both the page's tables and this).
import { t } from '$lib/i18n';
import { figuresCsv } from '$lib/inclusion-figures';
import { loadInclusionFigures } from '$lib/server/inclusion-figures';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const { figures, errors } = await loadInclusionFigures(locals, url);
	if (!figures) {
		return new Response(`${errors.map((e) => e.message).join('\n')}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
	const csv = figuresCsv(figures.tables, (key, params) => t(locals, key, params), locals.locale);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="terlayani-suara-${figures.year}.csv"`
		}
	});
};
