// Filing a complaint: load the places and categories, then one submitComplaint mutation.
import { fail, redirect } from '@sveltejs/kit';
import { execute, operation, type FieldError } from '$lib/graphql';
import { setAccessSecret } from '$lib/server/access-cookie';
import { emptyReport, readReport, toSubmitInput, type ReportValues } from './report-form';
import type { Actions, PageServerLoad } from './$types';

/** Kabupaten Gowa; its children are the kecamatan. */
const regencyCode = '73.06';

interface RegionItem {
	code: string;
	name: string;
}

const Load = operation<
	{
		regions: Array<RegionItem & { children: RegionItem[] }>;
		categories: Array<{ id: string; name: string; hint: string }>;
	},
	{ parentCode: string }
>(/* GraphQL */ `
	query ReportForm($parentCode: String!) {
		regions(parentCode: $parentCode) { code name children { code name } }
		categories { id name hint }
	}
`);

const Submit = operation<
	{
		submitComplaint: {
			complaint: { trackingCode: string } | null;
			accessSecret: string | null;
			errors: FieldError[];
		};
	},
	{ input: Record<string, unknown> }
>(/* GraphQL */ `
	mutation SubmitComplaint($input: SubmitComplaintInput!) {
		submitComplaint(input: $input) {
			complaint { trackingCode }
			accessSecret
			errors { field code message }
		}
	}
`);

export const load: PageServerLoad = async ({ locals }) => {
	const { regions, categories } = await execute(locals, Load, { parentCode: regencyCode });
	return {
		districts: regions.map((d) => ({
			code: d.code,
			name: d.name,
			villages: [...d.children].sort((a, b) => a.name.localeCompare(b.name, 'id'))
		})),
		categories,
		// A fresh id per form: a double submit (or a retry on a flaky link) is stored once.
		initial: emptyReport(crypto.randomUUID())
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const values: ReportValues = readReport(await request.formData());
		const { submitComplaint: payload } = await execute(locals, Submit, {
			input: toSubmitInput(values)
		});
		if (payload.errors.length > 0 || !payload.complaint) {
			return fail(400, { values, errors: payload.errors });
		}
		const code = payload.complaint.trackingCode;
		if (payload.accessSecret) setAccessSecret(cookies, url, code, payload.accessSecret);
		redirect(303, `/lacak/${encodeURIComponent(code)}?baru=1`);
	}
};
