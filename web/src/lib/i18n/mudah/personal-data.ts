// Easy-read wording for "Lupakan ponsel ini" (/lupakan) and its footer link, and the texts there
// that are already plain. Spread into id-mudah.ts.
import type { EasyOverlay, PlainList } from './types';

export const personalDataMudah = {
	'forget.intro': 'Pakai ini jika HP ini dipakai bersama orang lain. Suara menghapus semua yang disimpan di HP ini:',
	'forget.item.drafts': 'laporan yang belum selesai Anda tulis, juga fotonya;',
	'forget.item.outbox': 'laporan yang belum terkirim. Laporan itu akan hilang;',
	'forget.item.pages': 'halaman laporan yang tersimpan di HP ini, dan PIN laporan;',
	'forget.item.cookies': 'Anda keluar dari akun. Pilihan bahasa dan tampilan kembali seperti semula.',
	'forget.stays': 'Laporan yang sudah terkirim tetap ada. Akun Anda juga tetap ada.',
	'forget.done': 'Selesai. Di HP ini tidak ada lagi data dari Suara.'
} as const satisfies EasyOverlay;

export const personalDataPlain = [
	'forget.title',
	'forget.heading',
	'forget.link',
	'forget.confirm',
	'forget.cancel',
	'forget.home'
] as const satisfies PlainList;
