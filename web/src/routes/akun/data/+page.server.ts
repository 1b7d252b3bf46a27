// "Data Anda di Suara": what Suara holds about the signed-in person, readable and printable, with
// the download and the ways to erase the account and to forget this phone.
import { scopedMessages } from '$lib/i18n';
import { loadMyData } from './data.server';
import type { PageServerLoad } from './$types';

export type PersonalData = {
	exportedAt: string;
	account: { name: string; email: string | null; phone: string | null; language: string; createdAt: string; roles: string[] };
	sessions: { device: string; signedInAt: string; lastSeenAt: string; current: boolean }[];
	notificationSettings: { channels: string[]; quietStart: number | null; quietEnd: number | null } | null;
	pushSubscriptions: { device: string; createdAt: string }[];
	follows: { complaint: string | null; region: string | null; category: string | null; createdAt: string }[];
	supports: { complaint: string; createdAt: string }[];
	notifications: { title: string; createdAt: string }[];
	complaints: {
		trackingCode: string;
		kindLabel: string;
		title: string;
		statusLabel: string;
		privacy: string;
		submittedAt: string;
		district: string;
		village: string | null;
		landmark: string;
		reporterName: string | null;
		reporterPhone: string | null;
		reporterEmail: string | null;
		timeline: { at: string; what: string; status: string | null; by: string | null; note: string | null }[];
	}[];
};

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const data = JSON.parse(await loadMyData(locals, '/akun/data')) as PersonalData;
	return { personal: data, scopedMessages: scopedMessages(locals, ['data', 'erase']) };
};
