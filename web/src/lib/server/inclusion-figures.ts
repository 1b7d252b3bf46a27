// "Who is being served" for /statistik and its downloads (/statistik/terlayani.csv and .json):
// one GraphQL document and the year from the GET parameter `tahun`, read the same way by all
// three, so a download carries exactly the year of the page it was linked from.
import { execute, graphql, type ResultOf } from '$lib/graphql';

export const InclusionFigures = graphql(/* GraphQL */ `
	query InclusionFigures($year: Int) {
		inclusionFigures(year: $year) {
			errors { field code message }
			figures {
				year years months generatedAt
				total { value publication }
				tables {
					dimension grouping columns
					total { value publication }
					columnTotals { value publication }
					rows { key name total { value publication } cells { value publication } }
				}
			}
		}
	}
`);

export type InclusionFiguresData = NonNullable<ResultOf<typeof InclusionFigures>['inclusionFigures']['figures']>;

/** The year as the GET parameter says it: none for the API's default; anything but a whole number asks for year 0, which the API refuses at its field. */
export function yearFrom(url: URL): number | null {
	const text = url.searchParams.get('tahun')?.trim().slice(0, 10) || null;
	if (text === null) return null;
	return /^\d{1,6}$/.test(text) ? Number(text) : 0;
}

export async function loadInclusionFigures(locals: App.Locals, url: URL) {
	const data = await execute(locals, InclusionFigures, { year: yearFrom(url) });
	return { errors: data.inclusionFigures.errors, figures: data.inclusionFigures.figures };
}
