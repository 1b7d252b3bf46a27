import { execute, graphql } from '$lib/graphql';
import { loadStep, stepAction } from '../filing.server';
import type { Actions, PageServerLoad } from './$types';

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;

// "Lewat Sahabat LAPOR!" is offered only where a sahabat serves the draft's kecamatan; the
// public list of that kecamatan is what the resident may pick from (and the pick is kept).
const RelayChoice = graphql(/* GraphQL */ `
	query KabarRelayChoice($districtCode: String!) {
		sahabatDirectory(districtCode: $districtCode) { code name relayOffered sahabat { id name place hours } }
	}
`);

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const step = await loadStep('kabar', locals, url, setHeaders);
	// Filing for a resident: the sahabat filing it is the one who passes news on.
	const districtCode = step.assisted ? '' : step.values.districtCode;
	const relay = districtCode ? await execute(locals, RelayChoice, { districtCode }) : null;
	const directory = relay?.sahabatDirectory ?? null;
	return {
		...step,
		relay: directory?.relayOffered ? { code: directory.code, name: directory.name, sahabat: directory.sahabat } : null
	};
};

export const actions: Actions = { default: stepAction('kabar') };
