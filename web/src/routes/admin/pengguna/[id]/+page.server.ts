// One account: its details and roles; give a role with its scope, remove one, disable or enable.
import { error, fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql, type ResultOf } from '$lib/graphql';
import { t } from '$lib/i18n';
import { type FieldError, withDone } from '../../support';
import type { Actions, PageServerLoad } from './$types';

export type Grant = NonNullable<ResultOf<typeof Account>['adminUser']>['grants'][number];

const Account = graphql(/* GraphQL */ `
	query AdminAccount($id: ID!) {
		adminUser(id: $id) {
			id name email phone isDemo disabledAt activeSessionCount
			grants { id role region { code name } agency { id name shortName } }
		}
		adminRegions { code name level }
		agencies { id name shortName }
	}
`);

const Grant = graphql(
	/* GraphQL */ `
		mutation AdminGrantRole($input: GrantRoleInput!) {
			grantRole(input: $input) { user { id } errors { field code message } }
		}
	`
);

const Revoke = graphql(/* GraphQL */ `
	mutation AdminRevokeRole($grantId: ID!) {
		revokeRole(grantId: $grantId) { user { id } errors { field code message } }
	}
`);

const Disable = graphql(/* GraphQL */ `
	mutation AdminSetAccountDisabled($userId: ID!, $disabled: Boolean!) {
		setAccountDisabled(userId: $userId, disabled: $disabled) { user { id } errors { field code message } }
	}
`);

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const data = await execute(locals, Account, { id: params.id });
	if (!data.adminUser) error(404, { message: t(locals.locale, 'error.notFound.text'), code: 'not_found' });
	const { viewerId } = await parent();
	return { account: data.adminUser, regions: data.adminRegions, agencies: data.agencies, isSelf: viewerId === data.adminUser.id };
};

const here = (id: string) => `/admin/pengguna/${id}`;

export const actions: Actions = {
	grant: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values = { grantRole: textOf(form, 'grantRole'), grantRegionCode: textOf(form, 'grantRegionCode'), grantAgencyId: textOf(form, 'grantAgencyId') };
		const { grantRole } = await execute(locals, Grant, {
			input: { userId: params.id, role: values.grantRole, regionCode: values.grantRegionCode, agencyId: values.grantAgencyId || null }
		});
		if (grantRole.errors.length > 0) return fail(400, { form: 'grant', values, errors: grantRole.errors });
		redirect(303, withDone(here(params.id), 'granted'));
	},
	revoke: async ({ request, locals, params }) => {
		const form = await request.formData();
		const { revokeRole } = await execute(locals, Revoke, { grantId: textOf(form, 'grantId') });
		if (revokeRole.errors.length > 0) return fail(400, { form: 'revoke', values: {}, errors: revokeRole.errors });
		redirect(303, withDone(here(params.id), 'revoked'));
	},
	access: async ({ request, locals, params }) => {
		const form = await request.formData();
		const disabled = textOf(form, 'disabled') === 'true';
		const { setAccountDisabled } = await execute(locals, Disable, { userId: params.id, disabled });
		if (setAccountDisabled.errors.length > 0) return fail(400, { form: 'access', values: {}, errors: setAccountDisabled.errors });
		redirect(303, withDone(here(params.id), disabled ? 'disabled' : 'enabled'));
	}
};
