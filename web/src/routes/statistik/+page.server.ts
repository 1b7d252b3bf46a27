// Open statistics: the figures for the months and kecamatan of the GET filter (so the page works
// without JavaScript and a view can be bookmarked or shared), the form's choices, and the months
// a person can pick from; and "who is being served" for the year of the GET parameter `tahun`.
import { loadInclusionFigures } from '$lib/server/inclusion-figures';
import { loadStatistics } from '$lib/server/statistics';
import type { PageServerLoad } from './$types';

/** Months offered in the filter: the last five years, newest first. */
const MONTHS_OFFERED = 60;

function recentMonths(now: Date): string[] {
	// Local months (WITA, UTC+8), as the API counts them.
	const local = new Date(now.getTime() + 8 * 3600_000);
	const months: string[] = [];
	for (let i = 0; i < MONTHS_OFFERED; i++) {
		const d = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - i, 1));
		months.push(d.toISOString().slice(0, 7));
	}
	return months;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const [loaded, inclusion] = await Promise.all([loadStatistics(locals, url), loadInclusionFigures(locals, url)]);
	return { ...loaded, inclusion, year: url.searchParams.get('tahun')?.trim().slice(0, 10) || null, months: recentMonths(new Date()) };
};
