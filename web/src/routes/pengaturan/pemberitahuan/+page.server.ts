// Delivery settings for the signed-in person: channels in order, language, quiet hours (a plain
// form, works without JavaScript), and this browser's push subscription (the page's script
// fills the hidden form once the browser has subscribed). All through GraphQL in-process.
import { fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type FieldError } from '$lib/graphql';
import type { Actions, PageServerLoad } from './$types';

const Load = graphql(/* GraphQL */ `
	query NotificationSettings {
		notificationSettings { channels quietStart quietEnd language hasEmail hasPhone pushDevices pushPublicKey }
	}
`);

const Update = graphql(/* GraphQL */ `
	mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {
		updateNotificationSettings(input: $input) { ok errors { field code message } }
	}
`);

const Subscribe = graphql(
	/* GraphQL */ `
		mutation SubscribePush($input: PushSubscriptionInput!) {
			subscribePush(input: $input) { ok errors { field code message } }
		}
	`
);

const Unsubscribe = graphql(/* GraphQL */ `
	mutation UnsubscribePush($endpoint: String!) { unsubscribePush(endpoint: $endpoint) }
`);

const path = '/pengaturan/pemberitahuan';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { viewer } = await parent();
	if (!viewer) redirect(303, `/masuk?returnTo=${encodeURIComponent(path)}`);
	const { notificationSettings } = await execute(locals, Load);
	return { notificationSettings };
};

const text = (form: FormData, name: string) => textOf(form, name).trim();

export const actions: Actions = {
	simpan: async ({ request, locals }) => {
		const form = await request.formData();
		const values = {
			channels: [1, 2, 3, 4].map((n) => text(form, `channel${n}`)),
			quietHours: form.get('quietHours') === 'true',
			quietStart: text(form, 'quietStart'),
			quietEnd: text(form, 'quietEnd'),
			language: text(form, 'language')
		};
		const { updateNotificationSettings: result } = await execute(locals, Update, { input: values });
		if (!result.ok) return fail(400, { action: 'simpan' as const, values, errors: result.errors });
		return { action: 'simpan' as const, saved: true };
	},
	langganan: async ({ request, locals }) => {
		const form = await request.formData();
		const input = { endpoint: text(form, 'endpoint'), p256dh: text(form, 'p256dh'), auth: text(form, 'auth') };
		const { subscribePush: result } = await execute(locals, Subscribe, { input });
		if (!result.ok) return fail(400, { action: 'langganan' as const, errors: result.errors });
		return { action: 'langganan' as const, subscribed: true };
	},
	berhenti: async ({ request, locals }) => {
		const form = await request.formData();
		await execute(locals, Unsubscribe, { endpoint: text(form, 'endpoint') });
		return { action: 'berhenti' as const, unsubscribed: true };
	}
};
