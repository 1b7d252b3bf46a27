// Helpers shared by the staff pages (/kerja): who may open them, and which refusals of their
// mutations (the complaint changed meanwhile, an action no longer allowed) are shown on the page
// instead of an error page.
import { error, redirect } from '@sveltejs/kit';
import { executeOrRefuse, type Operation } from '$lib/graphql';
import { t, type Locale } from '$lib/i18n';

/** Who has a queue at /kerja: staff (verifier, agency officer, administrator) and sahabat, who
 * are volunteers, not staff (see the glossary in the README). */
export const QUEUE_ROLES = ['VERIFIER', 'AGENCY_OFFICER', 'SAHABAT', 'ADMINISTRATOR'] as const;

type Viewer = { roles: string[] } | null;

/** Pages only staff, sahabat, trainers and administrators use (not /sahabat-lapor, the public list). */
const STAFF_AREAS = ['/kerja', '/pelatih', '/sahabat', '/admin', '/lapor/untuk-warga', '/lapor/persetujuan'];

/** Whether a path is in one of the staff areas, where a staff role without a second factor is sent to enrol. */
export function isStaffArea(pathname: string): boolean {
	return STAFF_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

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

/** What staff mutations refuse with a sentence on the page rather than an error page: the
 * complaint changed meanwhile (FORBIDDEN, NOT_FOUND), too many attempts, or input the API refused
 * before running anything. */
export const STAFF_REFUSALS = ['FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED', 'BAD_USER_INPUT'] as const;

/** Runs a staff mutation: a refusal comes back as the form's error (see STAFF_REFUSALS). */
export function mutate<TData, TVariables>(locals: App.Locals, op: Operation<TData, TVariables>, variables: TVariables) {
	return executeOrRefuse(locals, op, variables, STAFF_REFUSALS);
}
