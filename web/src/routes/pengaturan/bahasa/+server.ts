// The language switch: a plain form post that sets the `lang` cookie and goes back (works without JS).
import { redirect } from '@sveltejs/kit';
import { localeCookie, parseLocale } from '$lib/i18n';
import { safeReturnTo } from '$lib/server/return-to';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const form = await request.formData();
	cookies.set(localeCookie, parseLocale(form.get('lang')), {
		path: '/',
		maxAge: 365 * 24 * 60 * 60,
		sameSite: 'lax',
		httpOnly: true,
		secure: url.protocol === 'https:'
	});
	redirect(303, safeReturnTo(form.get('returnTo')));
};
