// Easy-read wording for joining a workshop (/latihan) and for the LATIHAN band every page of a
// participant shows, and the texts there that are already plain. Spread into id-mudah.ts.
import type { EasyOverlay, PlainList } from './types';

export const workshopMudah = {
	'join.intro': 'Tulis kode dari pelatih. Di pelatihan ini Anda belajar melapor. Laporan latihan tidak dikirim ke kantor pemerintah.',
	'join.codeHint': 'Kodenya 8 huruf dan angka. Contohnya: K7QM-4PXR.',
	'join.nameHint': 'Boleh tidak diisi. Kalau tidak diisi, Anda dipanggil "Peserta" dan sebuah nomor.',
	'join.already': 'Anda sudah ikut pelatihan {title}. Nama Anda di pelatihan: {name}.',
	'latihan.banner': 'LATIHAN — laporan ini tidak dikirim ke kantor pemerintah',
	'latihan.bannerWorkshop': 'Pelatihan: {title}. Nama Anda: {name}.'
} as const satisfies EasyOverlay;

export const workshopPlain = [
	'join.title',
	'join.heading',
	'join.code',
	'join.name',
	'join.submit',
	'join.signedIn',
	'join.start',
	'latihan.leave',
	'nav.trainer'
] as const satisfies PlainList;
