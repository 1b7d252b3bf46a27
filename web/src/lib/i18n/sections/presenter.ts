// The presenter layout: a trainer or sahabat shows the filing pages on a projector. The display
// setting that turns it on, and beside each question a short explanation in plain words for the
// people watching. id.ts and en.ts spread these in.
export const presenterId = {
	'settings.presenting.legend': 'Tampilan untuk proyektor',
	'settings.presenting.0': 'Tampilan biasa',
	'settings.presenting.0.hint': 'Untuk HP atau komputer Anda sendiri.',
	'settings.presenting.1': 'Tampilan presentasi',
	'settings.presenting.1.hint':
		'Untuk pelatihan: tulisan lebih besar, dan di samping setiap pertanyaan ada penjelasan singkat untuk peserta.',

	'presenter.label': 'Penjelasan untuk peserta',
	'presenter.filing.jenis':
		'Pertama, pilih jenis laporan. Pengaduan untuk masalah layanan. Aspirasi, artinya usul. Permintaan informasi untuk bertanya.',
	'presenter.filing.kejadian':
		'Tulis judul singkat, lalu ceritakan masalahnya dengan kata-kata sendiri: apa yang terjadi dan siapa yang kena akibatnya.',
	'presenter.filing.waktu': 'Tulis kapan masalahnya terjadi. Kalau tidak ingat tanggalnya, centang kotaknya. Itu tidak apa-apa.',
	'presenter.filing.lokasi':
		'Pilih kecamatan dan desa, lalu tulis patokan yang mudah dikenali, misalnya "depan SD Inpres".',
	'presenter.filing.kategori': 'Pilih topik yang paling cocok. Kalau ragu, pilih "Tidak tahu": petugas akan memilihkan.',
	'presenter.filing.instansi':
		'Suara menyarankan kantor yang biasa mengurus topik ini. Boleh diganti, atau dibiarkan untuk dipilih petugas.',
	'presenter.filing.foto': 'Foto membantu petugas melihat masalahnya. Tidak wajib. Wajah orang sebaiknya tidak ikut difoto.',
	'presenter.filing.privasi':
		'Pilih siapa yang boleh membaca laporan dan nama pelapor. Rahasia berarti hanya petugas yang menangani.',
	'presenter.filing.kabar': 'Pilih cara mendapat kabar: SMS, e-mail, akun, lewat Sahabat LAPOR!, atau cukup dengan kode lacak.',
	'presenter.filing.persetujuan':
		'Saat melapor untuk warga, bacakan semua jawabannya kepada warga, lalu catat bagaimana warga menyetujuinya.'
} as const;

export const presenterEn = {
	'settings.presenting.legend': 'Projector layout',
	'settings.presenting.0': 'Normal layout',
	'settings.presenting.0.hint': 'For your own phone or computer.',
	'settings.presenting.1': 'Presenting layout',
	'settings.presenting.1.hint':
		'For workshops: larger text, and beside each question a short explanation for the participants.',

	'presenter.label': 'Explanation for participants',
	'presenter.filing.jenis':
		'First, choose the kind of report: a complaint about a service, an aspiration for a suggestion, an information request for a question.',
	'presenter.filing.kejadian':
		'Write a short title, then tell the problem in your own words: what happened and who is affected.',
	'presenter.filing.waktu': 'Write when the problem happened. If you do not remember the date, tick the box. That is fine.',
	'presenter.filing.lokasi': 'Choose the kecamatan and desa, then write a landmark that is easy to recognise, like "in front of the primary school".',
	'presenter.filing.kategori': 'Choose the topic that fits best. If unsure, choose "I do not know": the staff will choose.',
	'presenter.filing.instansi':
		'Suara suggests the office that usually handles this topic. You can change it, or leave it for the staff to choose.',
	'presenter.filing.foto': 'A photo helps the staff see the problem. It is optional. Better to leave people\'s faces out.',
	'presenter.filing.privasi':
		'Choose who may read the report and the reporter\'s name. Confidential means only the staff handling it.',
	'presenter.filing.kabar': 'Choose how to hear back: SMS, e-mail, an account, through Sahabat LAPOR!, or just with the tracking code.',
	'presenter.filing.persetujuan':
		'When filing for a resident, read all the answers back to them, then record how they agreed.'
} as const;
