// "Who is being served" as JSON, for the same year (GET `tahun`) as the page: the API's own
// answer, every count with its publication (a small or withheld one has value null). A year there
// can be no figures for answers 400 with the error at its field.
import { json } from '@sveltejs/kit';
import { loadInclusionFigures } from '$lib/server/inclusion-figures';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const { figures, errors } = await loadInclusionFigures(locals, url);
	if (!figures) return json({ errors }, { status: 400 });
	return json({ figures });
};
