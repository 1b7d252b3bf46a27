// Data every page needs: the language, its messages (so the browser bundle carries no dictionary)
// and who is signed in (for the Masuk/Keluar link).
import { execute, operation } from '$lib/graphql';
import { dictionaries } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

const Viewer = operation<{ viewer: { id: string; name: string } | null }>(
	/* GraphQL */ `query LayoutViewer { viewer { id name } }`
);

export const load: LayoutServerLoad = async ({ locals }) => {
	const { viewer } = await execute(locals, Viewer);
	return { locale: locals.locale, messages: dictionaries[locals.locale], viewer };
};
