// Bahasa Indonesia mudah dibaca (easy-read), for people with cognitive or literacy needs. It lays
// over id.ts: any key here replaces the standard wording, every other key keeps it. Short
// sentences, one idea each, everyday words. `explain.*` keys exist only here: the short
// "Penjelasan" box at the top of a page or a form step (see EasyExplain.svelte).
// messages.test.ts checks that every other key exists in id.ts with the same {placeholders}.
// Wordings per area live in mudah/*.ts, each with the area's keys that are already plain;
// easy-read.test.ts checks that every key a resident page shows is one or the other.
import type { MessageKey } from './id';
import { frameMudah, framePlain } from './mudah/frame';
import { filingMudah, filingPlain } from './mudah/filing';
import { sahabatMudah, sahabatPlain } from './mudah/sahabat';
import { publicListMudah, publicListPlain } from './mudah/public-list';
import { assistMudah, assistPlain } from './mudah/assist';
import { trackMudah, trackPlain } from './mudah/track';
import { presenterPlain } from './mudah/presenter';
import { lowDataPlain } from './mudah/low-data';
import { workshopMudah, workshopPlain } from './mudah/workshop';
import { outboxMudah, outboxPlain } from './mudah/outbox';
import { offlinePlain } from './mudah/offline';
import { statisticsMudah, statisticsPlain } from './mudah/statistics';
import { personalDataMudah, personalDataPlain } from './mudah/personal-data';
import { inclusionFiguresMudah, inclusionFiguresPlain } from './mudah/inclusion-figures';
import { supportMudah, supportPlain } from './mudah/support';
import { identityRevealMudah, identityRevealPlain } from './mudah/identity-reveal';
import { duplicatesMudah, duplicatesPlain } from './mudah/duplicates';
import { inclusionMudah, inclusionPlain } from './mudah/inclusion';
import type { EasyOverlay as Overlay } from './mudah/types';

export const idMudah = {
	'footer.help':
		'Butuh bantuan? Datang ke kantor kecamatan. Relawan Sahabat LAPOR! bisa membantu Anda melapor.',

	'home.heading': 'Laporkan masalah layanan publik',
	'home.intro':
		'Ada masalah di layanan pemerintah? Misalnya jalan rusak, air bersih, sekolah, atau puskesmas. Anda bisa melapor di sini. Pemerintah akan menjawab laporan Anda.',
	'home.noAccount': 'Melapor itu gratis. Anda tidak perlu membuat akun.',
	'home.help':
		'Di setiap kecamatan ada relawan Sahabat LAPOR!. Mereka bisa membantu Anda melapor. Mereka juga bisa memberi tahu jawabannya.',
	'home.next1': 'Anda mengirim laporan. Anda mendapat kode lacak.',
	'home.next2': 'Petugas memeriksa laporan Anda. Paling lambat 3 hari kerja.',
	'home.next3':
		'Petugas mengirim laporan ke kantor pemerintah yang tepat. Kantor itu menjawab paling lambat 5 hari kerja.',
	'home.next4': 'Anda bisa melihat kabar laporan kapan saja. Pakai kode lacak.',

	'privacy.ANONYMOUS.hint': 'Orang lain bisa membaca laporan Anda. Nama Anda tidak ditampilkan.',
	'privacy.CONFIDENTIAL.hint': 'Hanya Anda dan petugas yang bisa membaca laporan Anda.',

	'report.intro':
		'Isi formulir ini dari atas ke bawah. Ada kolom yang boleh kosong. Kolom itu bertulisan (tidak wajib).',
	'report.title.hint': 'Tulis singkat. Paling banyak {max} karakter. Contoh: Lampu jalan mati di depan SD.',
	'report.story.hint':
		'Apa yang terjadi? Siapa yang kena masalah? Apa yang Anda minta? Paling banyak {max} karakter.',
	'report.date.hint': 'Contoh: 17 8 2026. Tidak ingat tanggalnya? Kosongkan saja.',
	'report.village.hint': 'Pilih desa atau kelurahan tempat masalahnya.',
	'report.landmark.hint':
		'Tempat yang mudah dikenali. Contoh: dekat masjid, di samping pasar. Paling banyak {max} karakter.',
	'report.category.hint': 'Pilih yang paling cocok. Ragu? Pilih "Saya tidak tahu".',
	'report.category.unknown.hint': 'Petugas akan memilihkan topiknya.',
	'report.you.intro':
		'Semua boleh kosong. Hanya petugas yang melihat nama dan nomor Anda. Kecuali Anda minta nama ditampilkan.',
	'report.showName.hint': 'Hanya untuk laporan Publik.',
	'report.phone.hint': 'Petugas bisa menelepon Anda jika perlu. Contoh: 0812 3456 7890.',

	'track.intro': 'Anda mendapat kode lacak saat melapor. Tulis kode itu di sini.',
	'track.code.hint': 'Contoh: GWA-7K3P-9Q. Tanda hubung (-) boleh tidak ditulis.',
	'track.secret.hint': 'PIN hanya untuk pelapor. Dengan PIN, Anda bisa membaca seluruh laporan Anda.',
	'track.error.notFound':
		'Laporan tidak ada. Periksa lagi kode lacaknya. Laporan Anda rahasia? Tulis juga PIN-nya.',

	'complaint.sent.writeDown':
		'Tulis kode lacak dan PIN ini di kertas. Atau foto layar ini. PIN tidak akan muncul lagi. Dengan PIN, hanya Anda yang bisa membaca seluruh laporan.',
	'complaint.sent.agency':
		'Lalu laporan dikirim ke kantor pemerintah yang tepat. Kantor itu menjawab paling lambat 5 hari kerja.',
	'complaint.sent.check': 'Anda bisa membuka halaman ini lagi kapan saja. Pakai kode lacak Anda.',

	'settings.intro': 'Di sini Anda bisa membuat tulisan lebih besar. Warna juga bisa dibuat lebih jelas.',

	'filing.terkirim.receipt.NOT_SENT':
		'Kami tidak bisa mengirim kode dan PIN {via}. Tulis kode dan PIN di kertas. Atau cetak halaman ini.',
	'filing.terkirim.receipt.LIMITED':
		'Hari ini kode dan PIN tidak bisa dikirim {via} lagi. Sudah terlalu banyak pesan hari ini. Tulis kode dan PIN di kertas. Atau cetak halaman ini.',

	'error.notFound.text': 'Halaman ini tidak ada. Periksa lagi alamatnya.',
	'error.unexpected.text': 'Ada gangguan di sistem kami. Coba lagi nanti.',

	// Explanations: only in easy-read, one for each page or form step.
	'explain.home': 'Halaman ini menjelaskan cara melapor. Tekan tombol "Buat laporan" untuk mulai.',
	'explain.report':
		'Di halaman ini Anda menulis laporan. Isi dari atas ke bawah. Lalu tekan tombol "Kirim laporan" di bagian bawah.',
	'explain.report.kind':
		'Pilih satu. Pengaduan: ada masalah. Aspirasi (usul): ada saran. Permintaan informasi: ada pertanyaan.',
	'explain.report.about': 'Tulis apa masalahnya. Pakai kata-kata Anda sendiri.',
	'explain.report.place': 'Tulis di mana masalahnya. Petugas perlu tahu tempatnya.',
	'explain.report.category':
		'Pilih topik yang paling cocok. Tidak tahu? Tidak apa-apa. Petugas akan memilihkan.',
	'explain.report.privacy': 'Pilih siapa yang boleh membaca laporan Anda.',
	'explain.report.you': 'Bagian ini boleh kosong. Tulis nomor HP jika Anda mau dihubungi petugas.',
	'explain.report.send': 'Periksa lagi laporan Anda. Lalu tekan tombol "Kirim laporan".',
	'explain.track': 'Di sini Anda melihat kabar laporan Anda. Anda perlu kode lacak.',
	'explain.complaint':
		'Ini isi laporan dan riwayatnya. Riwayat menunjukkan apa yang sudah dikerjakan petugas.',
	'explain.complaintSent': 'Laporan Anda sudah terkirim. Simpan kode lacak dan PIN Anda.',
	'explain.settings':
		'Pilih yang Anda mau di setiap bagian. Lalu tekan tombol "Simpan" di bagian bawah.',

	...frameMudah,
	...filingMudah,
	...trackMudah,
	...sahabatMudah,
	...publicListMudah,
	...assistMudah,
	...workshopMudah,
	...outboxMudah,
	...statisticsMudah,
	...personalDataMudah,
	...inclusionFiguresMudah,
	...supportMudah,
	...identityRevealMudah,
	...duplicatesMudah,
	...inclusionMudah
} as const satisfies Overlay;

/** Keys residents read whose standard wording is already plain: easy-read shows it as it is. */
export const plainAlready: ReadonlySet<MessageKey> = new Set<MessageKey>([
	...framePlain,
	...filingPlain,
	...trackPlain,
	...sahabatPlain,
	...publicListPlain,
	...assistPlain,
	...presenterPlain,
	...lowDataPlain,
	...workshopPlain,
	...outboxPlain,
	...offlinePlain,
	...statisticsPlain,
	...personalDataPlain,
	...inclusionFiguresPlain,
	...supportPlain,
	...identityRevealPlain,
	...duplicatesPlain,
	...inclusionPlain
]);

/** Keys of the easy-read-only explanation boxes. */
export type ExplainKey = Extract<keyof typeof idMudah, `explain.${string}`>;
