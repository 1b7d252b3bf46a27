// Data every page needs: the language, the address of its messages (a file of their own, kept by
// the browser: $lib/i18n/dictionary.ts; +layout.ts reads them), the display settings, who is signed in
// (for the Masuk/Keluar link), their workshop if they practise in one (the LATIHAN band), the API's labels for complaint kinds and statuses, and the
// one-time "display saved" note after a plain form post.
import { execute, graphql } from '$lib/graphql';
import { explanationsFor } from '$lib/i18n';
import { dictionaryVariant } from '$lib/i18n/dictionary';
import { dictionaryFile } from '$lib/server/dictionary';
import type { Labels } from '$lib/labels';
import { takeSavedNote } from '$lib/settings/cookies.server';
import { redirect } from '@sveltejs/kit';
import { isStaffArea } from '$lib/server/staff';
import type { LayoutServerLoad } from './$types';

const Layout = graphql(
	/* GraphQL */ `query Layout {
		viewer { id name roles rolesAwaitingSecondFactor }
		kindLabels { kind label hint }
		statusLabels { status label isOpen }
		workshopParticipation { workshopTitle displayName number }
	}`
);

const Unread = graphql(
	/* GraphQL */ `query LayoutUnread { unreadNotificationCount }`
);

export const load: LayoutServerLoad = async ({ locals, cookies, url, untrack, depends }) => {
	// A new notification (LiveNotifications) refreshes the unread count in the header.
	depends('suara:notifications');
	// Reading the URL must not make this load run again on every client-side navigation.
	const secure = untrack(() => url.protocol === 'https:');
	const { viewer, kindLabels, statusLabels, workshopParticipation } = await execute(locals, Layout);
	// Staff whose roles wait for a second factor are sent to turn it on when they open a staff page
	// (the API refuses the data anyway). Only then is the URL read, so only they re-run this load.
	if (viewer && viewer.rolesAwaitingSecondFactor.length > 0 && isStaffArea(url.pathname)) {
		redirect(303, `/akun/dua-langkah?kembali=${encodeURIComponent(url.pathname + url.search)}`);
	}
	const unreadNotifications = viewer ? (await execute(locals, Unread)).unreadNotificationCount : 0;
	const { locale, settings } = locals;
	return {
		locale,
		dictionary: dictionaryFile(dictionaryVariant(locale, settings.easyRead)).path,
		explanations: explanationsFor(locale, settings.easyRead),
		settings,
		viewer,
		// A workshop participant sees the LATIHAN band on every page.
		participation: workshopParticipation,
		labels: { kinds: kindLabels, statuses: statusLabels } satisfies Labels,
		unreadNotifications,
		displaySaved: takeSavedNote(cookies, secure)
	};
};
