// The public list: what anyone may read (the API decides, from the privacy rules), filtered,
// searched and paged by plain GET parameters, so it works without JavaScript and a view can be
// bookmarked or shared. Wrong values come back from the API as errors at their field.
import { execute, graphql, type ResultOf, type VariablesOf } from '$lib/graphql';
import type { PageServerLoad } from './$types';

const regencyCode = '73.06';
/** What the API takes is checked there; longer text is cut here only so the request stays small. */
const TYPED_MAX = 1000;

export type PublicListRow = ResultOf<typeof PublicList>['publicComplaints']['complaints'][number];

const PublicList = graphql(/* GraphQL */ `
	query PublicList(
		$filter: PublicComplaintFilter
		$search: String
		$sort: PublicComplaintSort
		$page: Int
		$parentCode: String!
		$villageParent: String!
		$withVillages: Boolean!
	) {
		publicComplaints(filter: $filter, search: $search, sort: $sort, page: $page) {
			totalCount
			countCapped
			page
			pageCount
			errors { field message }
			statusChoices { status label }
			complaints {
				trackingCode title kindLabel statusLabel districtName villageName categoryName
				supportCount waitedLabel submittedAt
			}
		}
		regions(parentCode: $parentCode) { code name }
		villages: regions(parentCode: $villageParent) @include(if: $withVillages) { code name }
		categories { id name }
	}
`);

export const load: PageServerLoad = async ({ locals, url }) => {
	const params = url.searchParams;
	const text = (name: string) => params.get(name)?.trim().slice(0, TYPED_MAX) || undefined;
	const village = text('desa');
	// A desa alone (a shared link) still shows its kecamatan, so the desa list has its options.
	const district = text('kecamatan') ?? (village ? village.split('.').slice(0, 3).join('.') : undefined);
	const filter = {
		district,
		village,
		category: text('kategori'),
		kind: text('jenis'),
		status: text('status')
	} satisfies VariablesOf<typeof PublicList>['filter'];
	const search = text('kata');
	const sort = params.get('urutan') === 'dukungan' ? ('MOST_SUPPORTED' as const) : ('NEWEST' as const);
	const asked = Number.parseInt(params.get('halaman') ?? '1', 10);
	const page = Number.isFinite(asked) && asked >= 1 ? Math.min(asked, 100_000) : 1;
	const data = await execute(locals, PublicList, {
		filter,
		search,
		sort,
		page,
		parentCode: regencyCode,
		villageParent: district ?? '',
		withVillages: Boolean(district)
	});
	const list = data.publicComplaints;
	return {
		filter,
		search: search ?? '',
		sort,
		rows: list.complaints,
		totalCount: list.totalCount,
		countCapped: list.countCapped,
		page: list.page,
		pageCount: list.pageCount,
		errors: list.errors,
		statusChoices: list.statusChoices,
		regions: data.regions,
		villages: data.villages ?? [],
		categories: data.categories
	};
};
