// Sign out: POST only (a GET cannot sign anyone out), then back to the home page, which (with
// JavaScript) removes what this phone kept of the person's filing ($lib/offline/forget).
import { redirect } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';
import { forgetCookie } from '$lib/offline/forget';
import type { RequestHandler } from './$types';

const SignOut = graphql(/* GraphQL */ `mutation SignOut { signOut }`);

export const POST: RequestHandler = async ({ locals, cookies, url }) => {
	await execute(locals, SignOut);
	// Read by the next page's script, so not httpOnly; it only says "forget", nothing about anyone.
	cookies.set(forgetCookie, '1', { path: '/', httpOnly: false, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 600 });
	redirect(303, '/');
};
