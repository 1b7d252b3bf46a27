// The sentence said when a sahabat's dashboard moves: totals over every kecamatan they serve,
// numbers as each language writes them.
import { describe, expect, it } from 'vitest';
import { dashboardSentence, type DashboardChanged } from './live-dashboard';

const sentence = 'Ringkasan diperbarui: {open} laporan masih berjalan, {overdue} terlambat, {relay} pesan menunggu disampaikan.';
const district = (openTotal: number, atVerifier: number, atAgency: number) => ({ openTotal, overdue: { atVerifier, atAgency } });
const update = (relay: number, ...districts: ReturnType<typeof district>[]): DashboardChanged => ({
	sahabatDashboardChanged: { relay: { open: relay }, districts }
});

describe('dashboardSentence', () => {
	it.each([
		['no kecamatan', update(0), 'id', 'Ringkasan diperbarui: 0 laporan masih berjalan, 0 terlambat, 0 pesan menunggu disampaikan.'],
		['one kecamatan', update(2, district(5, 1, 2)), 'id', 'Ringkasan diperbarui: 5 laporan masih berjalan, 3 terlambat, 2 pesan menunggu disampaikan.'],
		['two kecamatan, summed', update(0, district(1, 0, 0), district(4, 2, 1)), 'id', 'Ringkasan diperbarui: 5 laporan masih berjalan, 3 terlambat, 0 pesan menunggu disampaikan.'],
		['thousands in Bahasa Indonesia', update(1200, district(1250, 0, 1000)), 'id', 'Ringkasan diperbarui: 1.250 laporan masih berjalan, 1.000 terlambat, 1.200 pesan menunggu disampaikan.'],
		['thousands in English', update(1200, district(1250, 0, 1000)), 'en', 'Ringkasan diperbarui: 1,250 laporan masih berjalan, 1,000 terlambat, 1,200 pesan menunggu disampaikan.']
	] as const)('%s', (_name, news, locale, said) => {
		expect(dashboardSentence(sentence, locale, news)).toBe(said);
	});
});
