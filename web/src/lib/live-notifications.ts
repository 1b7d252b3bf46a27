// A signed-in person's new notifications, live (LiveNotifications.svelte on a hydrated page, the
// plain script's notify.ts on a plain one): the subscription and what it brings.
export const notificationAddedQuery = /* GraphQL */ `
	subscription LiveNotifications { notificationAdded { id title trackingCode } }
`;

export interface NotificationAdded {
	notificationAdded: { id: string; title: string; trackingCode: string | null };
}
