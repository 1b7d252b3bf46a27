// Page copy for the offline page (/luring) and the notice that a new version of Suara is ready,
// in Bahasa Indonesia and English. id.ts and en.ts spread these in.
export const offlineId = {
	'offline.title': 'Tidak ada internet',
	'offline.heading': 'Ponsel Anda tidak tersambung ke internet',
	'offline.intro': 'Halaman yang Anda buka belum tersimpan di ponsel ini. Halaman itu baru bisa dibuka saat ada internet lagi.',
	'offline.retry': 'Coba lagi',
	'offline.worksHeading': 'Yang tetap bisa dipakai tanpa internet',
	'offline.report': 'Buat laporan',
	'offline.reportHint': 'Isian Anda disimpan di ponsel ini sampai Anda mengirimnya.',
	'offline.home': 'Beranda',
	'offline.keptHeading': 'Laporan yang pernah Anda buka di ponsel ini',
	'offline.keptHint': 'Isinya seperti saat terakhir Anda buka. Halaman yang dibuka dengan PIN tidak disimpan.',
	'offline.kept': 'Laporan {code}',
	'pwa.update.text': 'Versi baru Suara siap.',
	'pwa.update.reload': 'Muat ulang',
	'pwa.update.dismiss': 'Nanti saja',
	'pwa.update.hint': 'Simpan dulu isian Anda. Halaman akan dimuat ulang.'
} as const;

export const offlineEn = {
	'offline.title': 'No internet',
	'offline.heading': 'Your phone is not connected to the internet',
	'offline.intro': 'The page you opened is not saved on this phone yet. It can be opened when the internet is back.',
	'offline.retry': 'Try again',
	'offline.worksHeading': 'What still works without the internet',
	'offline.report': 'Make a report',
	'offline.reportHint': 'Your answers are kept on this phone until you send them.',
	'offline.home': 'Home',
	'offline.keptHeading': 'Reports you opened on this phone',
	'offline.keptHint': 'They show what they said when you last opened them. Pages opened with the PIN are not kept.',
	'offline.kept': 'Report {code}',
	'pwa.update.text': 'A new version of Suara is ready.',
	'pwa.update.reload': 'Reload',
	'pwa.update.dismiss': 'Not now',
	'pwa.update.hint': 'Save what you typed first. The page will reload.'
} as const;
