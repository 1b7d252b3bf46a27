// Open311 client applications: the list, issuing a key (the answer to that post is the only place
// the key ever shows), and revoking one in two steps (ask, then confirm), all plain form posts.
import { fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type ResultOf } from '$lib/graphql';
import { type FieldError, withDone } from '../support';
import type { Actions, PageServerLoad } from './$types';

export type ListedClient = ResultOf<typeof Clients>['open311Clients'][number];

const Clients = graphql(/* GraphQL */ `
	query AdminOpen311Clients {
		open311Clients { id name keyHint perHour createdAt revokedAt filedCount }
	}
`);

const Issue = graphql(/* GraphQL */ `
	mutation AdminIssueOpen311Key($name: String!, $perHour: Int!) {
		issueOpen311Key(name: $name, perHour: $perHour) { key client { id name } errors { field code message } }
	}
`);

const Revoke = graphql(/* GraphQL */ `
	mutation AdminRevokeOpen311Key($id: ID!) {
		revokeOpen311Key(id: $id) { id revokedAt }
	}
`);

export const load: PageServerLoad = async ({ locals }) => {
	const { open311Clients } = await execute(locals, Clients);
	return { clients: open311Clients };
};

/** What was typed as the hourly limit, as a number the server judges (anything else: 0, refused there). */
function perHourOf(value: string): number {
	const n = Number(value.replace(/[.\s]/g, ''));
	return Number.isSafeInteger(n) && Math.abs(n) <= 1_000_000_000 ? n : 0;
}

export const actions: Actions = {
	issue: async ({ request, locals }) => {
		const form = await request.formData();
		const values = { clientName: textOf(form, 'clientName'), perHour: textOf(form, 'perHour') };
		const { issueOpen311Key } = await execute(locals, Issue, { name: values.clientName, perHour: perHourOf(values.perHour) });
		if (!issueOpen311Key.key || !issueOpen311Key.client) {
			return fail(400, { values, errors: issueOpen311Key.errors as FieldError[] });
		}
		return { issued: { name: issueOpen311Key.client.name, key: issueOpen311Key.key } };
	},
	revoke: async ({ request, locals }) => {
		const form = await request.formData();
		const id = textOf(form, 'id');
		if (textOf(form, 'confirmed') !== '1') {
			const { open311Clients } = await execute(locals, Clients);
			const client = open311Clients.find((c) => c.id === id && !c.revokedAt);
			if (!client) redirect(303, '/admin/aplikasi');
			return { confirmRevoke: { id: client.id, name: client.name } };
		}
		await execute(locals, Revoke, { id });
		redirect(303, withDone('/admin/aplikasi', 'keyRevoked'));
	}
};
