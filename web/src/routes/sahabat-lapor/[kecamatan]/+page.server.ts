// One kecamatan's Sahabat LAPOR!: what each chose to show (name, phone, place, times). Public.
// A code that is not a kecamatan of this regency is a 404 that leads back to the list.
import { error } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import { t } from '$lib/i18n';
import type { PageServerLoad } from './$types';

const Directory = graphql(/* GraphQL */ `
	query SahabatDirectory($districtCode: String!) {
		sahabatDirectory(districtCode: $districtCode) { code name sahabat { id name phone place hours } }
	}
`);

export const load: PageServerLoad = async ({ locals, params }) => {
	const { sahabatDirectory } = await execute(locals, Directory, { districtCode: params.kecamatan });
	if (!sahabatDirectory) error(404, { message: t(locals.locale, 'sahabat.district.notFound'), code: 'district_not_found' });
	return { district: sahabatDirectory };
};
