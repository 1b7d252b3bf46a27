// Easy-read for likely duplicates during filing (/lapor/serupa) and a merged complaint's tracking
// page, and the texts there that are already plain. Spread into id-mudah.ts.
import type { EasyOverlay, PlainList } from './types';

export const duplicatesMudah = {
	'explain.filing.serupa':
		'Orang lain sudah melapor masalah yang mirip. Apakah masalahnya sama? Tekan "Ini masalah saya juga". Masalahnya lain? Tekan "Bukan, lanjutkan".',
	'filing.serupa.heading': 'Mungkin masalah ini sudah ada yang lapor',
	'filing.serupa.intro':
		'Ada laporan yang mirip di tempat yang sama. Masalahnya sama? Dukung laporan itu. Anda akan dapat kabarnya. Masalahnya lain? Lanjutkan laporan Anda.',
	'filing.serupa.kept': 'Jawaban Anda tetap disimpan. Anda bisa kembali nanti.',
	'track.merged.text': 'Laporan ini sama dengan laporan {code}. Jadi keduanya dijadikan satu. Kabar berikutnya ada di laporan itu.'
} as const satisfies EasyOverlay;

export const duplicatesPlain = [
	'filing.serupa.title',
	'filing.serupa.place',
	'filing.serupa.placeValue',
	'filing.serupa.placeDistrict',
	'filing.serupa.status',
	'filing.serupa.support',
	'filing.serupa.supportCount',
	'filing.serupa.supportNone',
	'filing.serupa.code',
	'filing.serupa.mine',
	'filing.serupa.notMine',
	'track.merged.heading',
	'track.merged.link'
] as const satisfies PlainList;
