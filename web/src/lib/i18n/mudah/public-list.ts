// Easy-read wording for the public list (/laporan) and its link from the menu and the home page,
// and the texts there that are already plain. Spread into id-mudah.ts.
import type { EasyOverlay, PlainList } from './types';

export const publicListMudah = {
	'publicList.intro': 'Ini laporan warga lain. Petugas sudah memeriksanya. Laporan rahasia tidak ada di sini.',
	'publicList.emptyHint': 'Coba kata lain. Atau hapus sebagian saringan.',
	'publicList.newAnnounce': 'Ada {count} laporan baru. Tekan tombol di atas hasil untuk melihatnya.',
	'explain.publicList': 'Di sini ada laporan warga lain. Mungkin masalah Anda sudah dilaporkan. Tekan judulnya untuk membaca.'
} as const satisfies EasyOverlay;

export const publicListPlain = [
	'nav.publicList',
	'publicList.title',
	'publicList.heading',
	'publicList.filterHeading',
	'publicList.search',
	'publicList.searchHint',
	'publicList.district',
	'publicList.districtAll',
	'publicList.village',
	'publicList.villageAll',
	'publicList.villageFirst',
	'publicList.category',
	'publicList.categoryAll',
	'publicList.kind',
	'publicList.kindAll',
	'publicList.status',
	'publicList.statusAll',
	'publicList.sort',
	'publicList.sortNewest',
	'publicList.sortSupported',
	'publicList.submit',
	'publicList.clear',
	'publicList.count',
	'publicList.countMore',
	'publicList.countCapped',
	'publicList.empty',
	'publicList.emptyAll',
	'publicList.place',
	'publicList.placeDistrict',
	'publicList.support',
	'publicList.supportNone',
	'publicList.code',
	'publicList.categoryNone',
	'publicList.pagination',
	'publicList.pageOf',
	'publicList.pageLink',
	'publicList.prev',
	'publicList.next',
	'publicList.newButton'
] as const satisfies PlainList;
