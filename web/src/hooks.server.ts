// Per request: the language and display settings, the in-process GraphQL executor from the Node
// server, form posts checked for control characters, <html lang> and the display attributes on
// <html>, and the cookies the GraphQL layer set (the session cookie on signIn/signOut).
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { localeCookie, parseLocale, t } from '$lib/i18n';
import { htmlAttributeSource } from '$lib/settings';
import { readSettings, readShellSettings } from '$lib/settings/cookies.server';
import { choicesHeader, shellHeader } from '$lib/pwa/policy';
import { checkFormPost, refuseFormData } from '$lib/server/form-input';

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
	// A shell the service worker keeps for offline use comes without cookies, with the choices in a header.
	const { locale, settings } =
		event.request.headers.get(shellHeader) === '1'
			? readShellSettings(event.request.headers, choicesHeader)
			: readSettings(event.cookies, event.request.headers);
	event.locals.locale = locale;
	event.locals.settings = settings;

	// `?/default` names the default action, which SvelteKit refuses with an exception (a 500).
	if (event.request.method === 'POST' && event.url.searchParams.has('/default')) {
		return new Response(`${t('id', 'error.badInput.form')}\n${t('en', 'error.badInput.form')}\n`, {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	if ((await checkFormPost(event.request)) !== 'ok') refuseFormData(event.request, locale);

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

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const locale = parseLocale(event.cookies.get(localeCookie));
	if (status === 404) return { message: t(locale, 'error.notFound.text'), code: 'not_found' };
	// SvelteKit's own refusals of a request (an action that does not exist, a method the page
	// does not take, an address it cannot decode) are the sender's, not the server's.
	if (status >= 400 && status < 500) return { message: t(locale, 'error.badInput.text'), code: 'bad_input' };
	// One line, no stack and no request data (it may hold what someone typed).
	const e = error as { name?: string; message?: string } | null;
	console.error(`[web] ${event.request.method} ${event.route.id ?? 'unknown route'}: ${e?.name ?? 'Error'}: ${String(e?.message ?? message).split('\n')[0]!.slice(0, 160)}`);
	return { message: t(locale, 'error.unexpected.text'), code: 'unexpected' };
};
