// Page copy for notification settings (/pengaturan/pemberitahuan) and the push opt-in, in Bahasa
// Indonesia and English. id.ts and en.ts spread these in.
export const notificationSettingsId = {
	'notificationSettings.title': 'Pengaturan pemberitahuan',
	'notificationSettings.heading': 'Cara kami memberi tahu Anda',
	'notificationSettings.intro':
		'Semua pemberitahuan selalu ada di halaman Pemberitahuan. Di sini Anda memilih cara lain untuk diberi tahu, berurutan. Jika cara pertama gagal, kami coba cara berikutnya.',
	'notificationSettings.saved': 'Pengaturan pemberitahuan disimpan.',
	'notificationSettings.channels.legend': 'Urutan cara memberi tahu',
	'notificationSettings.channels.hint': 'Pilih "Tidak ada" jika Anda tidak mau cara berikutnya. Jika semua "Tidak ada", kabar hanya ada di halaman Pemberitahuan.',
	'notificationSettings.channels.slot': 'Cara ke-{n}',
	'notificationSettings.channels.none': 'Tidak ada',
	'notificationSettings.channel.PUSH': 'Pemberitahuan di HP atau komputer (push)',
	'notificationSettings.channel.SMS': 'SMS ke nomor HP Anda',
	'notificationSettings.channel.EMAIL': 'Email',
	'notificationSettings.channel.SAHABAT_TASK': 'Lewat Sahabat LAPOR! yang membantu Anda melapor',
	'notificationSettings.channels.noPhone': 'Akun Anda belum punya nomor HP, jadi SMS dilewati.',
	'notificationSettings.channels.noEmail': 'Akun Anda belum punya alamat email, jadi email dilewati.',
	'notificationSettings.channels.noPush': 'Belum ada perangkat yang menerima push, jadi push dilewati. Nyalakan di bagian bawah halaman ini.',
	'notificationSettings.language.legend': 'Bahasa pemberitahuan',
	'notificationSettings.language.id': 'Bahasa Indonesia',
	'notificationSettings.language.en': 'English',
	'notificationSettings.quiet.legend': 'Waktu tenang',
	'notificationSettings.quiet.explain':
		'Pada waktu tenang, SMS dan push ditunda sampai waktu tenang selesai, supaya HP Anda tidak berbunyi. Email dan pesan lewat Sahabat tetap dikirim. Jam memakai WITA.',
	'notificationSettings.quiet.on': 'Pakai waktu tenang',
	'notificationSettings.quiet.start': 'Mulai (jam:menit, WITA)',
	'notificationSettings.quiet.end': 'Selesai (jam:menit, WITA)',
	'notificationSettings.quiet.hint': 'Misalnya 21:00',
	'notificationSettings.quiet.endHint': 'Misalnya 06:00',
	'notificationSettings.save': 'Simpan pengaturan',
	'notificationSettings.push.heading': 'Push di perangkat ini',
	'notificationSettings.push.explain':
		'Jika dinyalakan, perangkat ini menampilkan pemberitahuan saat laporan Anda berubah. Isinya judul singkat dan satu kalimat, misalnya "Dinas PU sudah menjawab laporan Anda". Ketuk pemberitahuan untuk membuka laporannya. Kami tidak mengirim iklan.',
	'notificationSettings.push.devices': 'Perangkat yang menerima push: {count}.',
	'notificationSettings.push.needsJs':
		'Push memerlukan JavaScript. Tanpa JavaScript, Anda tetap bisa memakai SMS dan email di atas.',
	'notificationSettings.push.unsupported': 'Peramban ini tidak bisa menerima push. SMS dan email tetap bisa dipakai.',
	'notificationSettings.push.on': 'Nyalakan push di perangkat ini',
	'notificationSettings.push.off': 'Matikan push di perangkat ini',
	'notificationSettings.push.isOn': 'Push menyala di perangkat ini.',
	'notificationSettings.push.isOff': 'Push mati di perangkat ini.',
	'notificationSettings.push.denied':
		'Peramban tidak mengizinkan pemberitahuan. Ubah izin pemberitahuan untuk situs ini di pengaturan peramban, lalu coba lagi.',
	'notificationSettings.push.failed': 'Push belum bisa dinyalakan. Coba lagi nanti.',
	'notificationSettings.push.turnedOn': 'Push dinyalakan di perangkat ini.',
	'notificationSettings.push.turnedOff': 'Push dimatikan di perangkat ini.'
} as const;

export const notificationSettingsEn: Record<keyof typeof notificationSettingsId, string> = {
	'notificationSettings.title': 'Notification settings',
	'notificationSettings.heading': 'How we let you know',
	'notificationSettings.intro':
		'Every notification is always on the Notifications page. Here you choose other ways to hear from us, in order. If the first way fails, we try the next.',
	'notificationSettings.saved': 'Notification settings saved.',
	'notificationSettings.channels.legend': 'Order of ways to let you know',
	'notificationSettings.channels.hint': 'Choose "None" if you do not want a further way. If all are "None", news is only on the Notifications page.',
	'notificationSettings.channels.slot': 'Way {n}',
	'notificationSettings.channels.none': 'None',
	'notificationSettings.channel.PUSH': 'Notification on your phone or computer (push)',
	'notificationSettings.channel.SMS': 'Text message (SMS) to your phone',
	'notificationSettings.channel.EMAIL': 'E-mail',
	'notificationSettings.channel.SAHABAT_TASK': 'Through the Sahabat LAPOR! who helped you file',
	'notificationSettings.channels.noPhone': 'Your account has no phone number yet, so SMS is skipped.',
	'notificationSettings.channels.noEmail': 'Your account has no e-mail address yet, so e-mail is skipped.',
	'notificationSettings.channels.noPush': 'No device receives push yet, so push is skipped. Turn it on at the bottom of this page.',
	'notificationSettings.language.legend': 'Language of notifications',
	'notificationSettings.language.id': 'Bahasa Indonesia',
	'notificationSettings.language.en': 'English',
	'notificationSettings.quiet.legend': 'Quiet hours',
	'notificationSettings.quiet.explain':
		'During quiet hours, SMS and push wait until quiet hours end, so your phone stays silent. E-mail and messages through your Sahabat are still sent. Times are in WITA.',
	'notificationSettings.quiet.on': 'Use quiet hours',
	'notificationSettings.quiet.start': 'Start (hh:mm, WITA)',
	'notificationSettings.quiet.end': 'End (hh:mm, WITA)',
	'notificationSettings.quiet.hint': 'For example 21:00',
	'notificationSettings.quiet.endHint': 'For example 06:00',
	'notificationSettings.save': 'Save settings',
	'notificationSettings.push.heading': 'Push on this device',
	'notificationSettings.push.explain':
		'When it is on, this device shows a notification when your complaint changes: a short title and one sentence, for example "Dinas PU has answered your complaint". Tap it to open the complaint. We never send advertising.',
	'notificationSettings.push.devices': 'Devices receiving push: {count}.',
	'notificationSettings.push.needsJs': 'Push needs JavaScript. Without JavaScript you can still use SMS and e-mail above.',
	'notificationSettings.push.unsupported': 'This browser cannot receive push. SMS and e-mail still work.',
	'notificationSettings.push.on': 'Turn on push on this device',
	'notificationSettings.push.off': 'Turn off push on this device',
	'notificationSettings.push.isOn': 'Push is on for this device.',
	'notificationSettings.push.isOff': 'Push is off for this device.',
	'notificationSettings.push.denied':
		'The browser does not allow notifications. Change the notification permission for this site in the browser settings, then try again.',
	'notificationSettings.push.failed': 'Push could not be turned on. Please try again later.',
	'notificationSettings.push.turnedOn': 'Push turned on for this device.',
	'notificationSettings.push.turnedOff': 'Push turned off for this device.'
};
