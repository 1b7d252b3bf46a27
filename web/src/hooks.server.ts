// Per request: the language, the in-process GraphQL executor from the Node server, <html lang>,
// and the cookies the GraphQL layer set (the session cookie on signIn/signOut).
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { localeCookie, parseLocale, t } from '$lib/i18n';

const missingBridge =
	'Suara: the GraphQL executor is missing on the request (req.suara). ' +
	'Run the web app through the Node server (npx tsx server/src/main.ts), which attaches it before calling web/build/handler.js.';

function finish(response: Response, cookies: string[]): Response {
	const apply = (r: Response) => {
		for (const cookie of cookies) r.headers.append('set-cookie', cookie);
		// Tracking codes are in our URLs: never send them to another site as a referrer.
		r.headers.set('referrer-policy', 'same-origin');
		r.headers.set('x-content-type-options', 'nosniff');
		return r;
	};
	try {
		return apply(response);
	} catch {
		// Headers of some responses are immutable: copy the response and try again.
		return apply(new Response(response.body, response));
	}
}

export const handle: Handle = async ({ event, resolve }) => {
	const locale = parseLocale(event.cookies.get(localeCookie));
	event.locals.locale = locale;

	const bridge = event.platform?.req?.suara;
	event.locals.graphql = (document, variables) => {
		if (!bridge) throw new Error(missingBridge);
		return bridge.execute(document, variables);
	};

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', locale)
	});
	return finish(response, bridge?.takeCookies() ?? []);
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	const locale = parseLocale(event.cookies.get(localeCookie));
	if (status === 404) return { message: t(locale, 'error.notFound.text'), code: 'not_found' };
	console.error(error);
	return { message: t(locale, 'error.unexpected.text'), code: 'unexpected' };
};
