// The figures of /statistik as JSON, for the same GET filter: the API's own answer, with the
// filter it was made for. A wrong filter answers 400 with the errors, each on its field.
import { json } from '@sveltejs/kit';
import { loadStatistics } from '$lib/server/statistics';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const { statistics, errors } = await loadStatistics(locals, url);
	if (!statistics) return json({ errors }, { status: 400 });
	return json({ statistics });
};
