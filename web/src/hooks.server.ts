// Per request: the language and display settings, the in-process GraphQL executor from the Node
// server, <html lang> and the display attributes on <html>, and the cookies the GraphQL layer set
// (the session cookie on signIn/signOut).
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { localeCookie, parseLocale, t } from '$lib/i18n';
import { htmlAttributeSource } from '$lib/settings';
import { readSettings } from '$lib/settings/cookies.server';

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
	const { locale, settings } = readSettings(event.cookies);
	event.locals.locale = locale;
	event.locals.settings = settings;

	const bridge = event.platform?.req?.suara;
	event.locals.graphql = (document, variables) => {
		if (!bridge) throw new Error(missingBridge);
		return bridge.execute(document, variables);
	};

	// Read from locals when the page is rendered, not now: the settings form action updates them,
	// and the page it renders (without a redirect) must already show the new choices.
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace('%lang%', event.locals.locale)
				.replace('%suara.display%', htmlAttributeSource(event.locals.settings))
	});
	return finish(response, bridge?.takeCookies() ?? []);
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	const locale = parseLocale(event.cookies.get(localeCookie));
	if (status === 404) return { message: t(locale, 'error.notFound.text'), code: 'not_found' };
	console.error(error);
	return { message: t(locale, 'error.unexpected.text'), code: 'unexpected' };
};
