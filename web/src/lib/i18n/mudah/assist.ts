// Easy-read wording for the parts of the filing pages a sahabat sees when filing for a resident
// ("Lapor untuk warga": the banner on every step, the consent on the check-answers page, the
// receipt), and the texts there that are already plain. Spread into id-mudah.ts.
import type { EasyOverlay, PlainList } from './types';

export const assistMudah = {
	'assist.name.hint': 'Tulis nama warga. Jangan tulis nama Anda.',
	'assist.declaration': 'Warga sudah mendengar laporan ini. Warga setuju laporan ini dikirim.',
	'assist.receipt.give':
		'Berikan kode lacak dan PIN ini kepada warga. Cetak halaman ini. Atau bacakan, lalu warga menulisnya. PIN hanya untuk warga.',
	'assist.receipt.relay': 'Jawaban untuk warga muncul di daftar "Perlu disampaikan".',
	'assist.consent.method.WRITTEN.hint': 'Simpan slipnya. Atau simpan fotonya.',
	'explain.filing.persetujuan': 'Bacakan laporan ini kepada warga. Lalu tulis cara warga setuju.'
} as const satisfies EasyOverlay;

export const assistPlain = [
	'assist.banner',
	'assist.link',
	'assist.name.label',
	'filing.persetujuan.title',
	'filing.persetujuan.heading',
	'assist.check.consent',
	'assist.slip.kept',
	// Shared with the staff page through $lib/consent (residents never see it, but it is plain).
	'staff.complaint.consentValue',
	'assist.check.readBack',
	'assist.check.notReadBack',
	'assist.send',
	'assist.receipt.title',
	'assist.receipt.for',
	'assist.receipt.filedBy',
	'assist.receipt.consent',
	'assist.receipt.again',
	'assist.consent.method.SPOKEN',
	'assist.consent.method.WRITTEN',
	'assist.consent.method.SIGN_LANGUAGE',
	'assist.consent.method.THUMBPRINT',
	'assist.consent.method.OTHER',
	'assist.consent.method.legend'
] as const satisfies PlainList;
