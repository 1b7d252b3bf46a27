// Users and roles: find accounts (staff by default, anyone by search) and create a staff account.
import { fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type ResultOf } from '$lib/graphql';
import { type FieldError, withDone } from '../support';
import type { Actions, PageServerLoad } from './$types';

export type ListedUser = ResultOf<typeof Users>['adminUsers']['edges'][number]['node'];

const PAGE_SIZE = 50;

const Users = graphql(/* GraphQL */ `
	query AdminUsers($search: String, $first: Int) {
		adminUsers(search: $search, first: $first) {
			edges { node { id name email phone disabledAt grants { role } } }
			pageInfo { hasNextPage }
		}
	}
`);

const Create = graphql(/* GraphQL */ `
	mutation CreateStaffAccount($input: CreateStaffAccountInput!) {
		createStaffAccount(input: $input) { user { id } errors { field code message } }
	}
`);

export const load: PageServerLoad = async ({ locals, url }) => {
	const search = (url.searchParams.get('cari') ?? '').trim().slice(0, 100);
	const { adminUsers } = await execute(locals, Users, { search: search || null, first: PAGE_SIZE });
	return {
		search,
		users: adminUsers.edges.map((e) => e.node),
		more: adminUsers.pageInfo.hasNextPage
	};
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const form = await request.formData();
		const values = {
			accountName: textOf(form, 'accountName'),
			accountEmail: textOf(form, 'accountEmail'),
			accountPhone: textOf(form, 'accountPhone')
		};
		const { createStaffAccount } = await execute(locals, Create, {
			input: {
				name: values.accountName,
				email: values.accountEmail,
				phone: values.accountPhone,
				password: textOf(form, 'accountPassword')
			}
		});
		if (!createStaffAccount.user) {
			// The password is never sent back into the page.
			return fail(400, { values, errors: createStaffAccount.errors });
		}
		redirect(303, withDone(`/admin/pengguna/${createStaffAccount.user.id}`, 'created'));
	}
};
