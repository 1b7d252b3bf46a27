// "Unduh data saya (JSON)": the person's data as a file (Content-Disposition: attachment), never
// kept by a cache or the service worker.
import { loadMyData } from '../data/data.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const document = await loadMyData(locals, '/akun/data');
	const day = new Date().toISOString().slice(0, 10);
	return new Response(document, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="data-suara-${day}.json"`,
			'cache-control': 'private, no-store'
		}
	});
};
