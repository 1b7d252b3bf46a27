// Every string a user reads, in Bahasa Indonesia (the default language). Plain words, short sentences.
// Keys are stable; en.ts must have exactly the same keys (checked by messages.test.ts).
import { accountId } from './sections/account';
import { adminId } from './sections/admin';
import { filingId } from './sections/filing';
import { notifyId } from './sections/notify';
import { notificationSettingsId } from './sections/notification-settings';
import { photosId } from './sections/photos';
import { sahabatId } from './sections/sahabat';
import { assistId } from './sections/assist';
import { sahabatDashboardId } from './sections/sahabat-dashboard';
import { outboxId } from './sections/outbox';
import { workshopClockId } from './sections/workshop-clock';
import { workshopLifecycleId } from './sections/workshop-lifecycle';
import { redactionId } from './sections/redaction';
import { identityRevealId } from './sections/identity-reveal';
import { workshopId } from './sections/workshop';
import { staffId } from './sections/staff';
import { presenterId } from './sections/presenter';
import { lowDataId } from './sections/low-data';
import { statisticsId } from './sections/statistics';
import { secondFactorId } from './sections/second-factor';
import { personalDataId } from './sections/personal-data';
import { adminOpen311Id } from './sections/admin-open311';
import { inclusionFiguresId } from './sections/inclusion-figures';
import { offlineId } from './sections/offline';
import { publicListId } from './sections/public-list';
import { supportId } from './sections/support';
import { duplicatesId } from './sections/duplicates';
import { inclusionId } from './sections/inclusion';
import { reporterPrivacyId } from './sections/reporter-privacy';

export const id = {
	'app.name': 'Suara',
	'app.tagline': 'Laporan layanan publik',
	'app.titleSuffix': '– Suara',
	'app.skipLink': 'Langsung ke isi utama',
	'app.required': '(wajib)',
	'app.optional': '(tidak wajib)',
	'app.errorPrefix': 'Galat:',

	'nav.label': 'Menu utama',
	'nav.menu': 'Menu',
	'nav.home': 'Beranda',
	'nav.report': 'Lapor',
	'nav.track': 'Lacak laporan',
	'nav.signIn': 'Masuk',
	'nav.signOut': 'Keluar',
	'nav.signedInAs': 'Masuk sebagai {name}',
	'nav.account': 'Laporan saya',
	'nav.work': 'Antrean kerja',
	'nav.admin': 'Pengelolaan',

	'lang.label': 'Bahasa',
	'lang.switchTo': 'English',

	'easyRead.explainLabel': 'Penjelasan',

	'settings.link': 'Tampilan',
	'settings.title': 'Tampilan',
	'settings.heading': 'Tampilan',
	'settings.intro': 'Pilih tampilan yang paling mudah Anda baca dan pakai.',
	'settings.cookies':
		'Pilihan Anda disimpan di perangkat ini selama 1 tahun (dalam cookie). Kami tidak memakainya untuk hal lain.',
	'settings.theme.legend': 'Warna',
	'settings.theme.perangkat': 'Sama seperti HP atau komputer Anda',
	'settings.theme.perangkat.hint': 'Kontras tinggi jika perangkat Anda memintanya.',
	'settings.theme.standar': 'Standar',
	'settings.theme.standar.hint': 'Tulisan hitam di latar putih.',
	'settings.theme.kontras': 'Kontras tinggi',
	'settings.theme.kontras.hint': 'Tulisan putih dan kuning di latar hitam.',
	'settings.text.legend': 'Ukuran tulisan',
	'settings.text.100': 'Biasa (100%)',
	'settings.text.125': 'Besar (125%)',
	'settings.text.150': 'Lebih besar (150%)',
	'settings.text.200': 'Sangat besar (200%)',
	'settings.text.sample': 'Contoh tulisan',
	'settings.motion.legend': 'Gerakan di layar',
	'settings.motion.perangkat': 'Sama seperti HP atau komputer Anda',
	'settings.motion.perangkat.hint': 'Gerakan dikurangi jika perangkat Anda memintanya.',
	'settings.motion.kurangi': 'Kurangi gerakan',
	'settings.motion.kurangi.hint': 'Tidak ada gerakan atau animasi.',
	'settings.motion.normal': 'Gerakan biasa',
	'settings.motion.normal.hint': 'Tombol sedikit bergerak saat ditekan.',
	'settings.language.legend': 'Bahasa',
	'settings.language.id': 'Bahasa Indonesia',
	'settings.language.id-mudah': 'Bahasa Indonesia mudah dibaca',
	'settings.language.id-mudah.hint': 'Kalimat lebih pendek, dan ada penjelasan di setiap langkah.',
	'settings.language.en': 'English',
	'settings.save': 'Simpan',
	'settings.reset': 'Kembalikan ke bawaan',
	'settings.reset.hint':
		'Menghapus pilihan warna, ukuran tulisan, gerakan dan bahasa mudah dibaca di perangkat ini.',
	'settings.saved': 'Tampilan disimpan.',
	'settings.resetDone': 'Tampilan dikembalikan ke bawaan.',
	'settings.back': 'Kembali ke halaman sebelumnya',

	'footer.help':
		'Butuh bantuan? Relawan Sahabat LAPOR! di kantor kecamatan Anda bisa membantu menulis dan mengirim laporan.',
	'footer.free': 'Melapor tidak dipungut biaya.',
	'footer.openSource': 'Suara adalah perangkat lunak terbuka (open source).',

	'home.title': 'Beranda',
	'home.heading': 'Sampaikan masalah layanan publik kepada pemerintah',
	'home.intro':
		'Di Suara Anda bisa melapor kepada pemerintah daerah, misalnya tentang jalan rusak, air bersih, sekolah, atau puskesmas. Laporan Anda diteruskan ke instansi yang bertanggung jawab, dan Anda bisa melihat jawabannya.',
	'home.noAccount': 'Melapor tidak dipungut biaya dan tidak perlu membuat akun.',
	'home.helpHeading': 'Ada yang bisa membantu Anda',
	'home.help':
		'Di setiap kecamatan ada relawan Sahabat LAPOR!. Mereka bisa membantu Anda menulis dan mengirim laporan, lalu menyampaikan jawabannya kepada Anda.',
	'home.kindsHeading': 'Apa yang bisa Anda sampaikan',
	'home.nextHeading': 'Apa yang terjadi setelah Anda melapor',
	'home.next1': 'Anda mengirim laporan dan mendapat kode lacak.',
	'home.next2':
		'Petugas memeriksa laporan Anda paling lambat 3 hari kerja, lalu meneruskannya ke instansi yang tepat.',
	'home.next3': 'Instansi menjawab paling lambat 5 hari kerja setelah menerima laporan.',
	'home.next4': 'Anda bisa melihat perkembangan laporan kapan saja dengan kode lacak.',
	'home.report': 'Buat laporan',
	'home.track': 'Lacak laporan',


	'privacy.PUBLIC': 'Publik',
	'privacy.PUBLIC.hint': 'Semua orang bisa membaca laporan Anda.',
	'privacy.ANONYMOUS': 'Anonim',
	'privacy.ANONYMOUS.hint': 'Laporan bisa dibaca orang lain, tetapi nama Anda disembunyikan.',
	'privacy.CONFIDENTIAL': 'Rahasia',
	'privacy.CONFIDENTIAL.hint': 'Hanya Anda dan petugas yang bisa membaca laporan Anda.',

	'errorSummary.heading': 'Ada yang perlu diperbaiki',

	'report.title': 'Buat laporan',
	'report.heading': 'Buat laporan',
	'report.intro':
		'Isi formulir ini. Kolom yang boleh dikosongkan ditandai dengan tulisan (tidak wajib). Anda tidak perlu membuat akun.',
	'report.about.heading': 'Tentang masalahnya',
	'report.title.label': 'Judul laporan',
	'report.title.hint': 'Tulis singkat, paling banyak {max} karakter. Contoh: Lampu jalan mati di depan SD.',
	'report.story.label': 'Ceritakan masalahnya',
	'report.story.hint':
		'Apa yang terjadi, siapa yang terdampak, dan apa yang Anda harapkan. Paling banyak {max} karakter.',
	'report.date.legend': 'Kapan kejadiannya?',
	'report.date.hint':
		'Contoh: 17 8 2026. Jika tidak ingat tanggal pastinya, kosongkan saja.',
	'report.date.day': 'Tanggal',
	'report.date.month': 'Bulan',
	'report.date.year': 'Tahun',
	'report.place.heading': 'Tempat kejadian',
	'report.district.label': 'Kecamatan',
	'report.district.choose': 'Pilih kecamatan',
	'report.village.label': 'Desa atau kelurahan',
	'report.village.hint': 'Pilih desa atau kelurahan di kecamatan yang Anda pilih.',
	'report.village.none': 'Saya tidak tahu',
	'report.landmark.label': 'Patokan tempat',
	'report.landmark.hint': 'Contoh: di samping masjid, dekat pasar. Paling banyak {max} karakter.',
	'report.category.legend': 'Topik laporan',
	'report.category.hint': 'Pilih yang paling dekat. Jika ragu, pilih "Saya tidak tahu".',
	'report.category.unknown': 'Saya tidak tahu',
	'report.category.unknown.hint': 'Petugas akan memilihkan topik yang tepat.',
	'report.privacy.legend': 'Siapa yang boleh membaca laporan Anda?',
	'report.you.heading': 'Tentang Anda',
	'report.you.intro':
		'Semua tidak wajib. Nama dan kontak Anda hanya dilihat petugas, kecuali Anda memilih untuk menampilkan nama.',
	'report.name.label': 'Nama',
	'report.showName.label': 'Tampilkan nama saya pada laporan',
	'report.showName.hint': 'Hanya berlaku untuk laporan Publik.',
	'report.phone.label': 'Nomor HP',
	'report.phone.hint': 'Untuk dihubungi petugas jika perlu. Contoh: 0812 3456 7890.',
	'report.email.label': 'Alamat e-mail',
	'report.submit': 'Kirim laporan',
	'report.sending': 'Sedang mengirim…',

	'track.title': 'Lacak laporan',
	'track.heading': 'Lacak laporan',
	'track.intro': 'Tulis kode lacak yang Anda dapat saat melapor.',
	'track.code.label': 'Kode lacak',
	'track.code.hint': 'Contoh: GWA-7K3P-9Q. Boleh ditulis tanpa tanda hubung.',
	'track.secret.label': 'PIN',
	'track.secret.hint':
		'Hanya untuk pelapor. Dengan PIN Anda bisa melihat seluruh isi laporan Anda sendiri.',
	'track.submit': 'Lacak',
	'track.error.codeMissing': 'Tulis kode lacak laporan Anda.',
	'track.error.notFound':
		'Laporan tidak ditemukan. Periksa lagi kode lacaknya. Jika laporan Anda rahasia, tulis juga PIN-nya.',

	'complaint.title': 'Laporan {code}',
	'complaint.sentTitle': 'Laporan terkirim',
	'complaint.sent.heading': 'Laporan terkirim',
	'complaint.sent.codeLabel': 'Kode lacak Anda',
	'complaint.sent.spelled': 'Dieja: {spelled}',
	'complaint.sent.secretLabel': 'PIN Anda',
	'complaint.sent.writeDown':
		'Tulis kode lacak dan PIN ini di kertas, atau foto layar ini. PIN tidak ditampilkan lagi nanti. Dengan PIN, hanya Anda yang bisa melihat seluruh isi laporan.',
	'complaint.sent.nextHeading': 'Apa yang terjadi sekarang',
	'complaint.sent.verifyBy': 'Petugas memeriksa laporan Anda paling lambat {date}.',
	'complaint.sent.verifySoon': 'Petugas memeriksa laporan Anda paling lambat 3 hari kerja.',
	'complaint.sent.agency':
		'Setelah itu laporan diteruskan ke instansi, yang menjawab paling lambat 5 hari kerja.',
	'complaint.sent.check': 'Buka halaman ini lagi kapan saja dengan kode lacak Anda.',
	'complaint.codeLine': 'Kode lacak: {code}',
	'complaint.sandbox': 'Laporan latihan. Laporan ini tidak dikirim ke instansi mana pun.',
	'complaint.detailsHeading': 'Isi laporan',
	'complaint.status': 'Status',
	'complaint.kind': 'Jenis',
	'complaint.submittedAt': 'Dikirim',
	'complaint.incidentDate': 'Tanggal kejadian',
	'complaint.place': 'Tempat',
	'complaint.category': 'Topik',
	'complaint.categoryNone': 'Belum ditentukan',
	'complaint.agency': 'Instansi',
	'complaint.agencyNone': 'Belum diteruskan ke instansi',
	'complaint.privacy': 'Siapa yang boleh membaca',
	'complaint.reporter': 'Pelapor',
	'complaint.storyHeading': 'Cerita',
	'complaint.storyHidden': 'Isi laporan ini hanya bisa dibaca pelapor dan petugas.',
	'complaint.storyBeingChecked': 'Laporan ini sedang diperiksa petugas. Isinya tampil di sini setelah diperiksa.',
	'complaint.timelineHeading': 'Riwayat laporan',
	'complaint.timelineEmpty': 'Belum ada riwayat.',
	'complaint.timelineEvent': 'Catatan',
	'complaint.timelineChange': 'Status: {status}',

	'signIn.title': 'Masuk',
	'signIn.heading': 'Masuk untuk petugas',
	'signIn.intro':
		'Halaman ini untuk petugas dan relawan. Untuk melapor, Anda tidak perlu masuk.',
	'signIn.email.label': 'Alamat e-mail',
	'signIn.password.label': 'Kata sandi',
	'signIn.showPassword': 'Tampilkan kata sandi',
	'signIn.submit': 'Masuk',
	'signIn.already': 'Anda sudah masuk sebagai {name}.',

	'error.title': 'Ada masalah',
	'error.notFound.title': 'Halaman tidak ditemukan',
	'error.notFound.text': 'Halaman yang Anda cari tidak ada. Periksa lagi alamatnya.',
	'error.complaintNotFound.title': 'Laporan tidak ditemukan',
	'error.districtNotFound.title': 'Kecamatan tidak ditemukan',
	'error.complaintNotFound.text':
		'Kami tidak menemukan laporan dengan kode ini. Periksa lagi kode lacaknya. Jika laporan Anda rahasia, lacak dengan PIN Anda.',
	'error.forbidden.title': 'Tidak boleh dibuka',
	'error.forbidden.text': 'Anda tidak punya izin untuk membuka halaman ini.',
	'error.badInput.title': 'Isian tidak dapat diterima',
	'error.badInput.text':
		'Isian Anda berisi karakter yang tidak diizinkan (karakter kendali, misalnya NUL) atau tidak sesuai. Kembali ke halaman sebelumnya, hapus karakter itu, lalu kirim lagi. Isian Anda masih ada di sana.',
	'error.badInput.form':
		'Isian berisi karakter yang tidak diizinkan (karakter kendali, misalnya NUL) atau tidak sesuai. Hapus karakter itu lalu kirim lagi.',
	'error.unexpected.title': 'Maaf, ada gangguan',
	'error.unexpected.text': 'Ada gangguan di sistem kami. Coba lagi beberapa saat lagi.',
	'error.goHome': 'Kembali ke beranda',
	'error.goTrack': 'Lacak laporan lain',

	// components (gallery, character count, timeline, table, chart)
	'charCount.limit': 'Paling banyak {limit} karakter.',
	'charCount.remaining': 'Sisa {count} karakter',
	'charCount.remaining.one': 'Sisa {count} karakter',
	'charCount.over': 'Kelebihan {count} karakter. Hapus {count} karakter sebelum mengirim.',
	'charCount.over.one': 'Kelebihan {count} karakter. Hapus {count} karakter sebelum mengirim.',
	'timeline.current': 'Sekarang: {status}',
	'timeline.statusChange': 'Status: {status}',
	'timeline.note': 'Catatan',
	'timeline.by': 'oleh {who}',
	'timeline.overdue': 'Terlambat: seharusnya sudah ditangani paling lambat {date}.',
	'timeline.empty': 'Belum ada riwayat.',
	'table.empty': 'Belum ada data.',
	'table.scrollHint': 'Tabel ini lebar. Geser ke samping untuk melihat semua kolom.',
	'chart.tableCaption': '{title} (data grafik dalam bentuk tabel)',
	'gallery.title': 'Galeri komponen',
	'gallery.heading': 'Galeri komponen',
	'gallery.intro':
		'Untuk pengembang dan penguji: setiap komponen bersama di Suara, dalam setiap keadaannya. Semua data di halaman ini hanya contoh.',
	'gallery.contents': 'Daftar komponen',
	'gallery.pageTitle.result': 'Judul di tab peramban: {title}',
	'gallery.announcer.intro':
		'Wilayah pengumuman tidak terlihat. Hanya ada satu, di tata letak setiap halaman. Pembaca layar membacakan setiap pesan satu kali.',
	'gallery.announcer.button': 'Umumkan: {message}',
	'gallery.announcer.needsScript': 'Contoh ini memerlukan JavaScript.',
	'gallery.c.pageTitle': 'Judul halaman (PageTitle)',
	'gallery.c.errorSummary': 'Ringkasan galat (ErrorSummary)',
	'gallery.c.textField': 'Kolom teks (TextField)',
	'gallery.c.selectField': 'Daftar pilihan (SelectField)',
	'gallery.c.radios': 'Tombol pilihan (Radios)',
	'gallery.c.checkboxes': 'Kotak centang (Checkboxes)',
	'gallery.c.checkbox': 'Satu kotak centang (Checkbox)',
	'gallery.c.dateField': 'Tanggal (DateField)',
	'gallery.c.characterCount': 'Hitungan karakter (CharacterCount)',
	'gallery.c.statusTimeline': 'Riwayat status (StatusTimeline)',
	'gallery.c.liveAnnouncer': 'Pengumuman untuk pembaca layar (LiveAnnouncer)',
	'gallery.c.dataTable': 'Tabel data (DataTable)',
	'gallery.c.chart': 'Grafik batang (Chart)',
	'gallery.s.empty': 'Kosong',
	'gallery.s.hint': 'Dengan petunjuk',
	'gallery.s.error': 'Dengan galat',
	'gallery.s.filled': 'Terisi',
	'gallery.s.optional': 'Tidak wajib',
	'gallery.s.textarea': 'Teks panjang',
	'gallery.s.overLimit': 'Melebihi batas',
	'gallery.s.groups': 'Dengan kelompok pilihan',
	'gallery.s.checked': 'Sudah dipilih',
	'gallery.s.oneError': 'Satu galat',
	'gallery.s.manyErrors': 'Beberapa galat',
	'gallery.s.birthday': 'Tanggal lahir (isi otomatis)',
	'gallery.s.current': 'Dengan status sekarang',
	'gallery.s.overdue': 'Terlambat',
	'gallery.s.message': 'Satu pesan',
	'gallery.s.rowHeaders': 'Dengan judul baris',
	'gallery.s.wide': 'Banyak kolom',
	'gallery.s.input': 'Kolom satu baris',
	'gallery.sample.error.title': 'Tulis judul laporan.',
	'gallery.sample.error.story': 'Ceritakan masalahnya.',
	'gallery.sample.error.fixed': 'Pilih salah satu jawaban.',
	'gallery.sample.error.district': 'Pilih kecamatan.',
	'gallery.sample.error.date': 'Tanggal kejadian tidak boleh di masa depan.',
	'gallery.sample.error.contact': 'Pilih paling sedikit satu cara.',
	'gallery.sample.error.showName': 'Tulis nama Anda jika nama boleh ditampilkan.',
	'gallery.sample.error.general': 'Laporan belum terkirim. Coba kirim lagi.',
	'gallery.sample.title': 'Lampu jalan mati di depan SD Inpres',
	'gallery.sample.story': 'Lampu jalan di depan SD Inpres mati sejak dua minggu. Malam hari sangat gelap.',
	'gallery.sample.fixed.legend': 'Apakah masalahnya sudah beres?',
	'gallery.sample.fixed.yes': 'Ya, sudah beres',
	'gallery.sample.fixed.yes.hint': 'Tidak perlu ada yang dikerjakan lagi.',
	'gallery.sample.fixed.partly': 'Sebagian',
	'gallery.sample.fixed.partly.hint': 'Masih ada yang belum dikerjakan.',
	'gallery.sample.fixed.no': 'Belum',
	'gallery.sample.fixed.no.hint': 'Masalahnya masih sama.',
	'gallery.sample.contact.legend': 'Bagaimana petugas boleh menghubungi Anda?',
	'gallery.sample.contact.hint': 'Pilih semua yang sesuai.',
	'gallery.sample.contact.sms': 'SMS',
	'gallery.sample.contact.sms.hint': 'Ke nomor HP Anda.',
	'gallery.sample.contact.wa': 'WhatsApp',
	'gallery.sample.contact.email': 'E-mail',
	'gallery.sample.birth.legend': 'Tanggal lahir',
	'gallery.sample.birth.hint': 'Contoh: 31 12 1960.',
	'gallery.sample.status.submitted': 'Diterima',
	'gallery.sample.status.verified': 'Diverifikasi',
	'gallery.sample.status.disposed': 'Diteruskan ke instansi',
	'gallery.sample.who.verifier': 'Petugas verifikasi Kabupaten Gowa',
	'gallery.sample.who.agency': 'Dinas PUPR',
	'gallery.sample.note.verified': 'Laporan lengkap dan jelas.',
	'gallery.sample.note.disposed': 'Diteruskan ke Dinas PUPR untuk memperbaiki lampu jalan.',
	'gallery.sample.announce': 'Laporan tersimpan di ponsel ini.',
	'gallery.sample.table.caption': 'Laporan per kecamatan, November 2026',
	'gallery.sample.table.captionWide': 'Laporan per kecamatan dan status, November 2026',
	'gallery.sample.table.received': 'Laporan masuk',
	'gallery.sample.table.resolved': 'Selesai',
	'gallery.sample.table.overdue': 'Terlambat',
	'gallery.sample.chart.title': 'Laporan masuk per kecamatan, November 2026',
	'gallery.sample.chart.summary':
		'Paling banyak dari {top} ({topCount} laporan), paling sedikit dari {bottom} ({bottomCount} laporan).',
	'gallery.sample.chart.none': 'Belum ada laporan bulan ini.',

	...filingId,
	...accountId,
	...staffId,
	...sahabatId,
	...assistId,
	...sahabatDashboardId,
	...publicListId,
	...statisticsId,
	...secondFactorId,
	...personalDataId,
	...reporterPrivacyId,
	...inclusionFiguresId,
	...outboxId,
	...workshopClockId,
	...workshopLifecycleId,
	...redactionId,
	...identityRevealId,
	...workshopId,
	...adminId,
	...adminOpen311Id,
	...notifyId,
	...notificationSettingsId,
	...photosId,
	...presenterId,
	...lowDataId,
	...supportId,
	...offlineId,
	...duplicatesId,
	...inclusionId
} as const;

export type MessageKey = keyof typeof id;
export type Messages = Record<MessageKey, string>;
