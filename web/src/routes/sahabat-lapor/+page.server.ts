// the sahabat directory: every kecamatan of the regency, each with how many sahabat
// its page lists. Anyone may open it, without an account.
import { execute, graphql } from '$lib/graphql';
import type { PageServerLoad } from './$types';

const Districts = graphql(/* GraphQL */ `
	query SahabatDistricts {
		sahabatDistricts { code name sahabatCount }
	}
`);

export const load: PageServerLoad = async ({ locals }) => {
	const { sahabatDistricts } = await execute(locals, Districts);
	return { districts: sahabatDistricts };
};
