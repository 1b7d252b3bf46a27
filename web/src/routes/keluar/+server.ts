// Sign out: POST only (a GET cannot sign anyone out), then back to the home page.
import { redirect } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import type { RequestHandler } from './$types';

const SignOut = graphql(/* GraphQL */ `mutation SignOut { signOut }`);

export const POST: RequestHandler = async ({ locals }) => {
	await execute(locals, SignOut);
	redirect(303, '/');
};
