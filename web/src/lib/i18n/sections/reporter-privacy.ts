// Page copy for the reporter's own privacy choice on the tracking page (/lacak/<kode>), in Bahasa
// Indonesia and English. The choices themselves reuse the filing's privacy step words (privacy.*,
// filing.privacy.*.hint, filing.showName.*), so a reporter reads the same promise twice.
// id.ts and en.ts spread these in.
export const reporterPrivacyId = {
	'track.privacy.heading': 'Privasi laporan',
	'track.privacy.now': 'Sekarang: {privacy}.',
	'track.privacy.nameShown': 'Nama Anda ditampilkan kepada umum.',
	'track.privacy.nameHidden': 'Nama Anda tidak ditampilkan kepada umum.',
	'track.privacy.whenWaiting':
		'Laporan ini belum diperiksa petugas. Jika Anda memilih Publik atau Anonim, cerita Anda baru tampil untuk umum setelah petugas pemeriksa memeriksanya.',
	'track.privacy.whenChecked':
		'Petugas sudah memeriksa laporan ini. Jika Anda memilih Publik atau Anonim, cerita Anda langsung tampil untuk umum.',
	'track.privacy.whenPublic':
		'Laporan ini sudah tampil untuk umum. Perubahan langsung berlaku. Jika Anda memilih Rahasia, laporan langsung hilang dari daftar laporan publik.',
	'track.privacy.whenTurnedAway': 'Laporan ini tidak diteruskan petugas, jadi tidak tampil untuk umum, apa pun pilihan Anda.',
	'track.privacy.submit': 'Simpan privasi',
	'account.track.done.privacy': 'Privasi laporan Anda sudah diubah.'
} as const;

export const reporterPrivacyEn = {
	'track.privacy.heading': 'Complaint privacy',
	'track.privacy.now': 'Now: {privacy}.',
	'track.privacy.nameShown': 'Your name is shown to the public.',
	'track.privacy.nameHidden': 'Your name is not shown to the public.',
	'track.privacy.whenWaiting':
		'This complaint has not been checked yet. If you choose Public or Anonymous, your story becomes public only after a checking officer has checked it.',
	'track.privacy.whenChecked': 'An officer has checked this complaint. If you choose Public or Anonymous, your story becomes public at once.',
	'track.privacy.whenPublic':
		'This complaint is public already. A change shows at once. If you choose Confidential, it leaves the public list at once.',
	'track.privacy.whenTurnedAway': 'Officers did not take this complaint further, so it is not public, whatever you choose.',
	'track.privacy.submit': 'Save privacy',
	'account.track.done.privacy': "Your complaint's privacy is changed."
} as const;
