// Deliberately broken pages, one per accessibility check, that tests/a11y/fixtures.spec.ts expects
// the checks to catch. They exist only in test runs: without SUARA_TEST_FIXTURES=true, a 404.
import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { PageServerLoad } from './$types';

const checks = ['axe', 'fokus', 'target', 'reflow', 'teks', 'ponsel', 'nojs'] as const;
type BrokenCheck = (typeof checks)[number];

const isBrokenCheck = (value: string): value is BrokenCheck => (checks as readonly string[]).includes(value);

export const load: PageServerLoad = ({ params, setHeaders }) => {
	if (env.SUARA_TEST_FIXTURES !== 'true' || !isBrokenCheck(params.check)) {
		error(404, { message: 'Not found', code: 'not_found' });
	}
	setHeaders({ 'x-robots-tag': 'noindex' });
	return { check: params.check };
};
