// Data every page needs: the language, its messages (so the browser bundle carries no dictionary;
// easy-read wording already laid over them when chosen), the display settings, who is signed in
// (for the Masuk/Keluar link), and the one-time "display saved" note after a plain form post.
import { execute, operation } from '$lib/graphql';
import { explanationsFor, messagesFor } from '$lib/i18n';
import { takeSavedNote } from '$lib/settings/cookies.server';
import type { LayoutServerLoad } from './$types';

const Viewer = operation<{ viewer: { id: string; name: string; roles: string[] } | null }>(
	/* GraphQL */ `query LayoutViewer { viewer { id name roles } }`
);

const Unread = operation<{ unreadNotificationCount: number }>(
	/* GraphQL */ `query LayoutUnread { unreadNotificationCount }`
);

export const load: LayoutServerLoad = async ({ locals, cookies, url, untrack, depends }) => {
	// A new notification (LiveNotifications) refreshes the unread count in the header.
	depends('suara:notifications');
	// Reading the URL must not make this load run again on every client-side navigation.
	const secure = untrack(() => url.protocol === 'https:');
	const { viewer } = await execute(locals, Viewer);
	const unreadNotifications = viewer ? (await execute(locals, Unread)).unreadNotificationCount : 0;
	const { locale, settings } = locals;
	return {
		locale,
		messages: messagesFor(locale, settings.easyRead),
		explanations: explanationsFor(locale, settings.easyRead),
		settings,
		viewer,
		unreadNotifications,
		displaySaved: takeSavedNote(cookies, secure)
	};
};
