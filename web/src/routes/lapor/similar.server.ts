// Likely duplicates during filing: after the category step, open public complaints of the same desa
// (or kecamatan) and category whose text looks like this draft's. The check sits after the
// category step because that is when the place and the category are both known; the story was
// asked before (kejadian comes first), so the text is known too. A sahabat's filing for a resident
// is not checked: "Ini masalah saya juga" would add the sahabat's support, not the resident's.
// Practice filing is never shown real complaints (the API answers nothing in a workshop).
import { execute, graphql, type ResultOf } from '$lib/graphql';
import type { FilingValues } from './filing';

const Similar = graphql(/* GraphQL */ `
	query FilingSimilarComplaints($districtCode: String!, $villageCode: String, $categoryId: String!, $title: String, $story: String) {
		similarComplaints(districtCode: $districtCode, villageCode: $villageCode, categoryId: $categoryId, title: $title, story: $story) {
			trackingCode title statusLabel districtName villageName supportCount
		}
	}
`);

export type SimilarComplaint = ResultOf<typeof Similar>['similarComplaints'][number];

/** A region code as the API accepts it; anything else (a tampered answer) is not checked. */
const regionCodePattern = /^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/;

/** The likely duplicates of this draft; none when the place or the category is not answered. */
export async function similarTo(locals: App.Locals, v: FilingValues): Promise<SimilarComplaint[]> {
	if (v.assisted || !v.categoryId || !regionCodePattern.test(v.districtCode)) return [];
	const villageCode = regionCodePattern.test(v.villageCode) ? v.villageCode : null;
	const { similarComplaints } = await execute(locals, Similar, {
		districtCode: v.districtCode,
		villageCode,
		categoryId: v.categoryId.slice(0, 40),
		title: v.title.slice(0, 150),
		story: v.story.slice(0, 4000)
	});
	return similarComplaints;
}

/** The page of likely duplicates, keeping "change from the check page" mode. */
export function similarPage(changing: boolean): string {
	return changing ? '/lapor/serupa?ubah=1' : '/lapor/serupa';
}
