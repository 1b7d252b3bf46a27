import { execute, graphql } from '$lib/graphql';
import { loadStep, stepAction } from '../filing.server';
import { chooseDistrictButton } from '../filing';
import type { Actions, PageServerLoad } from './$types';

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;

/** Kabupaten Gowa; its children are the kecamatan. */
const regencyCode = '73.06';

// Reference data: the same for everyone (a later offline version caches it).
const Regions = graphql(/* GraphQL */ `
	query FilingRegions($parentCode: String!) {
		regions(parentCode: $parentCode) { code name children { code name } }
	}
`);

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const [step, { regions }] = await Promise.all([
		loadStep('lokasi', locals, url, setHeaders),
		execute(locals, Regions, { parentCode: regencyCode })
	]);
	return {
		...step,
		districts: regions.map((d) => ({
			code: d.code,
			name: d.name,
			villages: [...d.children].sort((a, b) => a.name.localeCompare(b.name, 'id'))
		}))
	};
};

export const actions: Actions = {
	default: stepAction('lokasi', { when: (form) => form.has(chooseDistrictButton), fragment: 'villageCode' })
};
