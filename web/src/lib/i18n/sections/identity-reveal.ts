// Page copy for revealing a hidden identity: the administrator's page (/kerja/<code>/buka-identitas)
// and its link on the handling page, and the notice on the reporter's tracking page. id.ts and
// en.ts spread these in.
export const identityRevealId = {
	'reveal.link': 'Buka identitas pelapor',
	'reveal.linkHint': 'Hanya jika hukum mewajibkannya. Dicatat dan diberitahukan kepada pelapor.',
	'reveal.title': 'Buka identitas pelapor – {code}',
	'reveal.heading': 'Buka identitas pelapor',
	'reveal.back': 'Kembali ke laporan {code}',
	'reveal.warning.heading': 'Identitas ini dilindungi',
	'reveal.warning.text':
		'Pelapor memilih agar identitasnya disembunyikan, juga dari administrator. Bukalah hanya jika hukum mewajibkannya, misalnya atas surat permintaan tertulis dari penegak hukum atau pengadilan.',
	'reveal.warning.audit':
		'Setiap pembukaan dicatat di log audit beserta nama Anda dan alasannya. Pelapor diberi tahu dan membaca tanggal serta alasan Anda di halaman lacak laporannya.',
	'reveal.notHidden': 'Identitas pelapor laporan ini tidak tersembunyi. Lihat di halaman laporan.',
	'reveal.secondFactor.text': 'Untuk membuka identitas, Anda perlu memasukkan kode dari aplikasi autentikator dalam 10 menit terakhir.',
	'reveal.secondFactor.link': 'Masukkan kode autentikator dulu',
	'reveal.reason': 'Alasan membuka identitas',
	'reveal.reasonHint':
		'Sebutkan dasar hukum dan nomor surat permintaannya, paling sedikit 20 dan paling banyak 1000 karakter. Pelapor membaca alasan ini.',
	'reveal.submit': 'Buka identitas',
	'reveal.shown.heading': 'Identitas pelapor',
	'reveal.shown.once':
		'Identitas ini hanya ditampilkan sekarang, kepada Anda. Halaman laporan tetap menyembunyikannya; membukanya lagi memerlukan alasan baru dan dicatat lagi.',
	'reveal.shown.name': 'Nama',
	'reveal.shown.phone': 'Nomor HP',
	'reveal.shown.email': 'Email',
	'reveal.shown.account': 'Akun',
	'reveal.shown.accountYes': 'Pelapor mengirim laporan ini dengan akun.',
	'reveal.shown.none': 'Tidak tersimpan',
	'reveal.shown.nothing':
		'Laporan ini dikirim tanpa akun, tanpa nama dan tanpa kontak: tidak ada identitas yang tersimpan.',
	'reveal.history.heading': 'Riwayat pembukaan identitas',
	'reveal.history.none': 'Identitas pelapor laporan ini belum pernah dibuka.',
	'reveal.history.entry': '{date} oleh {admin}. Alasan: {reason}',
	'reveal.notice.heading': 'Identitas Anda dibuka',
	'reveal.notice.entry': 'Identitas Anda dibuka oleh administrator pada {date}, alasan: {reason}',
	'reveal.notice.why':
		'Ini hanya boleh terjadi jika hukum mewajibkannya. Hanya administrator itu yang melihat identitas Anda, sekali itu. Umum dan instansi tetap tidak melihatnya.'
};

export const identityRevealEn: Record<keyof typeof identityRevealId, string> = {
	'reveal.link': "Reveal the reporter's identity",
	'reveal.linkHint': 'Only when the law requires it. Recorded and told to the reporter.',
	'reveal.title': "Reveal the reporter's identity – {code}",
	'reveal.heading': "Reveal the reporter's identity",
	'reveal.back': 'Back to complaint {code}',
	'reveal.warning.heading': 'This identity is protected',
	'reveal.warning.text':
		'The reporter chose to hide their identity, from administrators too. Reveal it only when the law requires it, for example on a written request from law enforcement or a court.',
	'reveal.warning.audit':
		'Every reveal is recorded in the audit log with your name and the reason. The reporter is told and reads the date and your reason on their tracking page.',
	'reveal.notHidden': "The reporter's identity is not hidden on this complaint. See the complaint's page.",
	'reveal.secondFactor.text': 'To reveal an identity you need to have entered a code from your authenticator app in the last 10 minutes.',
	'reveal.secondFactor.link': 'Enter an authenticator code first',
	'reveal.reason': 'Reason for revealing the identity',
	'reveal.reasonHint':
		'Name the legal basis and the number of the written request, at least 20 and at most 1000 characters. The reporter reads this reason.',
	'reveal.submit': 'Reveal the identity',
	'reveal.shown.heading': "The reporter's identity",
	'reveal.shown.once':
		"This identity is shown only now, to you. The complaint's page keeps hiding it; revealing it again needs a new reason and is recorded again.",
	'reveal.shown.name': 'Name',
	'reveal.shown.phone': 'Phone',
	'reveal.shown.email': 'E-mail',
	'reveal.shown.account': 'Account',
	'reveal.shown.accountYes': 'The reporter filed this complaint with an account.',
	'reveal.shown.none': 'Not stored',
	'reveal.shown.nothing': 'This complaint was filed without an account, a name or a contact: no identity is stored.',
	'reveal.history.heading': 'Reveals of the identity so far',
	'reveal.history.none': "The reporter's identity on this complaint has never been revealed.",
	'reveal.history.entry': '{date} by {admin}. Reason: {reason}',
	'reveal.notice.heading': 'Your identity was revealed',
	'reveal.notice.entry': 'Your identity was revealed by an administrator on {date}, reason: {reason}',
	'reveal.notice.why':
		'This may happen only when the law requires it. Only that administrator saw your identity, that once. The public and agencies still do not see it.'
};
