// Helpers shared by the staff pages (/kerja): who may open them, and mutations whose refusals
// (the complaint changed meanwhile, an action no longer allowed) are shown on the page instead
// of an error page.
import { error, redirect } from '@sveltejs/kit';
import type { FieldError, Operation } from '$lib/graphql';
import { t, type Locale } from '$lib/i18n';

/** Who has a queue at /kerja: staff (verifier, agency officer, administrator) and sahabat, who
 * are volunteers, not staff (see the glossary in the README). */
export const QUEUE_ROLES = ['VERIFIER', 'AGENCY_OFFICER', 'SAHABAT', 'ADMINISTRATOR'] as const;

type Viewer = { roles: string[] } | null;

/** Sends a signed-out person to sign in (and back), and refuses people without the roles. */
export function requireRoles(
	viewer: Viewer,
	url: URL,
	locale: Locale,
	roles: readonly string[] = QUEUE_ROLES
): void {
	if (!viewer) redirect(303, `/masuk?returnTo=${encodeURIComponent(url.pathname + url.search)}`);
	if (!viewer.roles.some((role) => roles.includes(role))) {
		error(403, { message: t(locale, 'error.forbidden.text'), code: 'forbidden' });
	}
}

/**
 * Runs a mutation. Refusals the person can understand (FORBIDDEN, NOT_FOUND: already a sentence
 * in their language) come back as a form-level error; anything else is an error page.
 */
export async function mutate<TData, TVariables>(
	locals: App.Locals,
	op: Operation<TData, TVariables>,
	variables: TVariables
): Promise<{ data: TData; refusal: null } | { data: null; refusal: FieldError }> {
	const result = await locals.graphql(op.document, variables as Record<string, unknown>);
	const first = result.errors?.[0];
	if (first) {
		const code = first.extensions?.['code'];
		if (code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'RATE_LIMITED') {
			return { data: null, refusal: { field: '', code: String(code), message: first.message } };
		}
		// Signed out meanwhile (or never signed in): the same page as a load would give.
		if (code === 'UNAUTHENTICATED') error(403, { message: t(locals.locale, 'error.forbidden.text'), code: 'forbidden' });
		if (code === 'BAD_USER_INPUT') {
			return { data: null, refusal: { field: '', code: 'BAD_USER_INPUT', message: t(locals.locale, 'error.badInput.form') } };
		}
		// One line, without the variables (they may hold what someone typed).
		console.error(`GraphQL mutation failed: ${String(code ?? 'no code')}`);
		error(500, { message: t(locals.locale, 'error.unexpected.text'), code: 'unexpected' });
	}
	return { data: result.data as TData, refusal: null };
}
