// Easy-read wording for the filing kept on the phone (the draft on the phone, the offline outbox
// at /lapor/tertunda, the header's offline sign), and its texts that are already plain. Spread
// into id-mudah.ts.
import type { EasyOverlay, PlainList } from './types';

export const outboxMudah = {
	'explain.outbox': 'Di sini ada laporan yang belum terkirim. Laporan terkirim sendiri saat ada internet.',
	'outbox.intro': 'Tidak ada internet? Laporan Anda disimpan di ponsel ini. Laporan terkirim sendiri saat ada internet. Laporan hanya terkirim satu kali.',
	'outbox.noJs': 'Daftar ini hanya ada di ponsel yang menyimpannya. JavaScript harus menyala.',
	'outbox.state.waiting': 'Tersimpan di ponsel. Laporan dikirim saat ada internet.',
	'outbox.pin': 'PIN: {pin}. Tulis kode lacak dan PIN ini di kertas.',
	'outbox.announce.waiting': 'Laporan "{title}" tersimpan di ponsel. Laporan dikirim saat ada internet.',
	'outbox.photos.onPhone': '{n} foto ada di ponsel ini. Foto belum terkirim. Foto dikirim bersama laporan.',
	'outbox.periksa.fromPhone': 'Jawaban ini tersimpan di ponsel ini. Tidak ada internet? Laporan disimpan dulu. Laporan terkirim sendiri nanti.',
	'outbox.periksa.queued': 'Laporan disimpan di ponsel. Laporan dikirim saat ada internet.'
} as const satisfies EasyOverlay;

export const outboxPlain = [
	'outbox.title',
	'outbox.heading',
	'outbox.empty',
	'outbox.listHeading',
	'outbox.untitled',
	'outbox.madeAt',
	'outbox.state.sending',
	'outbox.state.sent',
	'outbox.state.failed',
	'outbox.steps',
	'outbox.track',
	'outbox.retry',
	'outbox.remove',
	'outbox.sendNow',
	'outbox.announce.sending',
	'outbox.announce.sent',
	'outbox.announce.failed',
	'outbox.header.label',
	'outbox.header.offline',
	'outbox.header.waiting',
	'outbox.draft.heading',
	'outbox.draft.savedAt',
	'outbox.draft.photos',
	'outbox.draft.continue',
	'outbox.draft.discard',
	'outbox.draft.discarded'
] as const satisfies PlainList;
