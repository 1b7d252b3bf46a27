// "Lupakan ponsel ini", for a shared phone, with or without an account: the page says what is
// cleared and asks "Yakin?"; the POST signs out and answers with Clear-Site-Data, which makes the
// browser drop this site's caches, cookies and storage (IndexedDB, localStorage, the service
// worker) itself — without JavaScript too. Browsers honour it in a secure context (https, and
// http on 127.0.0.1/localhost); the cookies the request carried are expired as well, for the rest.
// The answer is the confirmation itself, so it is not kept or replayed by a cache.
import { execute, graphql } from '$lib/graphql';
import type { Actions, PageServerLoad } from './$types';

const SignOut = graphql(/* GraphQL */ `mutation ForgetSignOut { signOut }`);

export const load: PageServerLoad = async ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	return {};
};

export const actions: Actions = {
	default: async ({ locals, cookies, setHeaders }) => {
		await execute(locals, SignOut);
		for (const { name } of cookies.getAll()) cookies.delete(name, { path: '/' });
		setHeaders({ 'clear-site-data': '"cache", "cookies", "storage"' });
		return { done: true };
	}
};
