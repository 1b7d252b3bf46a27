// The administrator's overview: the sections, and the latest changes from the audit trail.
import { execute, graphql } from '$lib/graphql';
import { dictionaries, t, type MessageKey } from '$lib/i18n';
import type { PageServerLoad } from './$types';

const Recent = graphql(/* GraphQL */ `
	query AdminRecentChanges {
		adminChanges(first: 15) { edges { node { id action createdAt actor { name } } } }
	}
`);

export const load: PageServerLoad = async ({ locals }) => {
	const { adminChanges } = await execute(locals, Recent);
	// Every admin action has a label; one added later without a label is shown as recorded.
	const label = (action: string) => {
		const key = `admin.audit.${action}`;
		return key in dictionaries.id ? t(locals, key as MessageKey) : action;
	};
	return { entries: adminChanges.edges.map((e) => ({ ...e.node, label: label(e.node.action) })) };
};
