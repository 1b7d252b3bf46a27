// Easy-read wording for the sahabat directory (/sahabat-lapor and
// /sahabat-lapor/<kecamatan>) and its links from the footer and the start of filing, and the
// texts there that are already plain. Spread into id-mudah.ts.
import type { EasyOverlay, PlainList } from './types';

export const sahabatMudah = {
	'sahabat.findHelp': 'Butuh bantuan menulis laporan? Relawan Sahabat LAPOR! bisa membantu. Gratis.',
	'sahabat.list.intro':
		'Sahabat LAPOR! adalah relawan di kecamatan. Mereka membantu warga melapor. Mereka juga memberi tahu jawaban pemerintah. Bantuan mereka gratis.',
	'sahabat.district.intro': 'Telepon atau datangi salah satu relawan di bawah ini. Mereka bisa membantu Anda melapor.',
	'sahabat.district.empty':
		'Di kecamatan ini belum ada relawan di daftar. Tanya di kantor camat. Atau melapor sendiri.',
	'sahabat.district.notFound': 'Kecamatan itu tidak ada. Pilih kecamatan dari daftar.',
	'explain.sahabat.list': 'Pilih kecamatan Anda. Lalu Anda melihat relawan yang bisa membantu.',
	'explain.sahabat.district': 'Ini relawan di kecamatan Anda. Hubungi salah satu. Mereka bisa membantu Anda melapor.'
} as const satisfies EasyOverlay;

export const sahabatPlain = [
	'sahabat.find',
	'sahabat.list.title',
	'sahabat.list.heading',
	'sahabat.list.choose',
	'sahabat.list.count',
	'sahabat.list.none',
	'sahabat.selfFile',
	'sahabat.selfFileLink',
	'sahabat.district.title',
	'sahabat.district.heading',
	'sahabat.district.count',
	'sahabat.district.phone',
	'sahabat.district.call',
	'sahabat.district.place',
	'sahabat.district.hours',
	'sahabat.district.back',
	'error.districtNotFound.title',
	'sahabat.relayPick.notice',
	'sahabat.relayPick.legend',
	'sahabat.relayPick.hint',
	'sahabat.relayPick.anyone',
	'sahabat.relayPick.anyone.hint',
	'sahabat.relayPick.list'
] as const satisfies PlainList;
