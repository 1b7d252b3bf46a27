// Open statistics for the page (/statistik) and its downloads (/statistik.csv, /statistik.json):
// one GraphQL document, and the GET parameters (dari, sampai, kecamatan) read the same way by
// all three, so a download carries exactly the filter of the page it was linked from.
import { execute, graphql, type ResultOf } from '$lib/graphql';

/** Kabupaten Gowa; its children are the kecamatan. */
export const regencyCode = '73.06';

export const Statistics = graphql(/* GraphQL */ `
	query PublicStatistics($filter: PublicStatisticsFilter, $parentCode: String!) {
		publicStatistics(filter: $filter) {
			errors { field code message }
			statistics {
				from to districtCode districtName generatedAt total answeredCount
				medianDaysToVerify medianDaysToFirstAnswer
				byKind { kind label count }
				byStatus { status label count }
				byMonth { month count }
				byCategory { key name count }
				byDistrict { key name count }
				byAgency { agencyId name shortName count answerDue answeredOnTime onTimePercent sentence }
				byChannel { channel label count }
			}
		}
		regions(parentCode: $parentCode) { code name }
		categories { id name }
	}
`);

export type PublicStatistics = NonNullable<ResultOf<typeof Statistics>['publicStatistics']['statistics']>;

/** The filter as the page's GET parameters say it (what a person may have typed into the URL is cut short). */
export function filterFrom(url: URL): { from: string | null; to: string | null; districtCode: string | null } {
	const text = (name: string) => url.searchParams.get(name)?.trim().slice(0, 20) || null;
	return { from: text('dari'), to: text('sampai'), districtCode: text('kecamatan') };
}

/** The same filter as query parameters, for links (downloads, feed, clearing). */
export function queryOf(filter: { from?: string | null; to?: string | null; districtCode?: string | null }): string {
	const params = new URLSearchParams();
	if (filter.from) params.set('dari', filter.from);
	if (filter.to) params.set('sampai', filter.to);
	if (filter.districtCode) params.set('kecamatan', filter.districtCode);
	const query = params.toString();
	return query ? `?${query}` : '';
}

export async function loadStatistics(locals: App.Locals, url: URL) {
	const filter = filterFrom(url);
	const data = await execute(locals, Statistics, { filter, parentCode: regencyCode });
	return {
		filter,
		errors: data.publicStatistics.errors,
		statistics: data.publicStatistics.statistics,
		districts: data.regions,
		categories: data.categories
	};
}
