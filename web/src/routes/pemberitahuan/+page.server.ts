// The notification centre: the signed-in person's notifications, newest first, 20 to a page,
// with plain forms to mark one or all as read (the count in the header follows).
import { redirect } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import type { Actions, PageServerLoad } from './$types';

const Centre = graphql(/* GraphQL */ `
	query NotificationCentre($after: String) {
		unreadNotificationCount
		notifications(first: 20, after: $after) {
			edges { node { id title body read createdAt trackingCode href } }
			pageInfo { hasNextPage endCursor }
		}
	}
`);

const MarkRead = graphql(/* GraphQL */ `
	mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { unreadCount } }
`);

const MarkAllRead = graphql(/* GraphQL */ `
	mutation MarkAllNotificationsRead { markAllNotificationsRead { unreadCount } }
`);

export const load: PageServerLoad = async ({ locals, parent, url, depends, setHeaders }) => {
	const { viewer } = await parent();
	if (!viewer) redirect(303, `/masuk?returnTo=${encodeURIComponent(url.pathname + url.search)}`);
	// New notifications arriving live refresh this list (LiveNotifications invalidates it).
	depends('suara:notifications');
	setHeaders({ 'cache-control': 'private, no-store' });
	const after = url.searchParams.get('setelah') || null;
	const { unreadNotificationCount, notifications } = await execute(locals, Centre, { after });
	return {
		unread: unreadNotificationCount,
		items: notifications.edges.map((e) => e.node),
		olderCursor: notifications.pageInfo.hasNextPage ? notifications.pageInfo.endCursor : null,
		paged: after !== null
	};
};

export const actions: Actions = {
	read: async ({ request, locals }) => {
		const id = String((await request.formData()).get('id') ?? '');
		await execute(locals, MarkRead, { id });
		return { outcome: 'read' as const, id };
	},
	readAll: async ({ locals }) => {
		await execute(locals, MarkAllRead);
		return { outcome: 'readAll' as const, id: null };
	}
};
