// Likely duplicates of the draft, between the category step and the next: each links to supporting
// and following it ("Ini masalah saya juga"), or the filing goes on ("Bukan, lanjutkan"). The draft
// is kept either way, so the person can come back to it. Opened with nothing to show (the list
// changed, or the page was opened by hand), it goes straight on.
import { redirect } from '@sveltejs/kit';
import { loadDraft } from '../filing.server';
import { neighbours } from '../filing';
import { similarTo } from '../similar.server';
import type { PageServerLoad } from './$types';

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const changing = url.searchParams.get('ubah') === '1';
	const { values } = await loadDraft(locals);
	const { next } = neighbours('kategori', changing, values.assisted);
	const similar = await similarTo(locals, values);
	if (similar.length === 0) redirect(303, next);
	return { similar, next, back: changing ? '/lapor/kategori?ubah=1' : '/lapor/kategori' };
};
