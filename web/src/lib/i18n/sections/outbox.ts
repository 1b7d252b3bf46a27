// Page copy for delivery settings (/pengaturan/pemberitahuan) and the push opt-in, in Bahasa
// Indonesia and English. id.ts and en.ts spread these in.
export const outboxId = {
	'outbox.title': 'Pengaturan pemberitahuan',
	'outbox.heading': 'Cara kami memberi tahu Anda',
	'outbox.intro':
		'Semua pemberitahuan selalu ada di halaman Pemberitahuan. Di sini Anda memilih cara lain untuk diberi tahu, berurutan. Jika cara pertama gagal, kami coba cara berikutnya.',
	'outbox.saved': 'Pengaturan pemberitahuan disimpan.',
	'outbox.channels.legend': 'Urutan cara memberi tahu',
	'outbox.channels.hint': 'Pilih "Tidak ada" jika Anda tidak mau cara berikutnya. Jika semua "Tidak ada", kabar hanya ada di halaman Pemberitahuan.',
	'outbox.channels.slot': 'Cara ke-{n}',
	'outbox.channels.none': 'Tidak ada',
	'outbox.channel.PUSH': 'Pemberitahuan di HP atau komputer (push)',
	'outbox.channel.SMS': 'SMS ke nomor HP Anda',
	'outbox.channel.EMAIL': 'Email',
	'outbox.channel.SAHABAT_TASK': 'Lewat Sahabat LAPOR! yang membantu Anda melapor',
	'outbox.channels.noPhone': 'Akun Anda belum punya nomor HP, jadi SMS dilewati.',
	'outbox.channels.noEmail': 'Akun Anda belum punya alamat email, jadi email dilewati.',
	'outbox.channels.noPush': 'Belum ada perangkat yang menerima push, jadi push dilewati. Nyalakan di bagian bawah halaman ini.',
	'outbox.language.legend': 'Bahasa pemberitahuan',
	'outbox.language.id': 'Bahasa Indonesia',
	'outbox.language.en': 'English',
	'outbox.quiet.legend': 'Waktu tenang',
	'outbox.quiet.explain':
		'Pada waktu tenang, SMS dan push ditunda sampai waktu tenang selesai, supaya HP Anda tidak berbunyi. Email dan pesan lewat Sahabat tetap dikirim. Jam memakai WITA.',
	'outbox.quiet.on': 'Pakai waktu tenang',
	'outbox.quiet.start': 'Mulai (jam:menit, WITA)',
	'outbox.quiet.end': 'Selesai (jam:menit, WITA)',
	'outbox.quiet.hint': 'Misalnya 21:00',
	'outbox.quiet.endHint': 'Misalnya 06:00',
	'outbox.save': 'Simpan pengaturan',
	'outbox.push.heading': 'Push di perangkat ini',
	'outbox.push.explain':
		'Jika dinyalakan, perangkat ini menampilkan pemberitahuan saat laporan Anda berubah. Isinya judul singkat dan satu kalimat, misalnya "Dinas PU sudah menjawab laporan Anda". Ketuk pemberitahuan untuk membuka laporannya. Kami tidak mengirim iklan.',
	'outbox.push.devices': 'Perangkat yang menerima push: {count}.',
	'outbox.push.needsJs':
		'Push memerlukan JavaScript. Tanpa JavaScript, Anda tetap bisa memakai SMS dan email di atas.',
	'outbox.push.unsupported': 'Peramban ini tidak bisa menerima push. SMS dan email tetap bisa dipakai.',
	'outbox.push.on': 'Nyalakan push di perangkat ini',
	'outbox.push.off': 'Matikan push di perangkat ini',
	'outbox.push.isOn': 'Push menyala di perangkat ini.',
	'outbox.push.isOff': 'Push mati di perangkat ini.',
	'outbox.push.denied':
		'Peramban tidak mengizinkan pemberitahuan. Ubah izin pemberitahuan untuk situs ini di pengaturan peramban, lalu coba lagi.',
	'outbox.push.failed': 'Push belum bisa dinyalakan. Coba lagi nanti.',
	'outbox.push.turnedOn': 'Push dinyalakan di perangkat ini.',
	'outbox.push.turnedOff': 'Push dimatikan di perangkat ini.'
} as const;

export const outboxEn: Record<keyof typeof outboxId, string> = {
	'outbox.title': 'Notification settings',
	'outbox.heading': 'How we let you know',
	'outbox.intro':
		'Every notification is always on the Notifications page. Here you choose other ways to hear from us, in order. If the first way fails, we try the next.',
	'outbox.saved': 'Notification settings saved.',
	'outbox.channels.legend': 'Order of ways to let you know',
	'outbox.channels.hint': 'Choose "None" if you do not want a further way. If all are "None", news is only on the Notifications page.',
	'outbox.channels.slot': 'Way {n}',
	'outbox.channels.none': 'None',
	'outbox.channel.PUSH': 'Notification on your phone or computer (push)',
	'outbox.channel.SMS': 'Text message (SMS) to your phone',
	'outbox.channel.EMAIL': 'E-mail',
	'outbox.channel.SAHABAT_TASK': 'Through the Sahabat LAPOR! who helped you file',
	'outbox.channels.noPhone': 'Your account has no phone number yet, so SMS is skipped.',
	'outbox.channels.noEmail': 'Your account has no e-mail address yet, so e-mail is skipped.',
	'outbox.channels.noPush': 'No device receives push yet, so push is skipped. Turn it on at the bottom of this page.',
	'outbox.language.legend': 'Language of notifications',
	'outbox.language.id': 'Bahasa Indonesia',
	'outbox.language.en': 'English',
	'outbox.quiet.legend': 'Quiet hours',
	'outbox.quiet.explain':
		'During quiet hours, SMS and push wait until quiet hours end, so your phone stays silent. E-mail and messages through your Sahabat are still sent. Times are in WITA.',
	'outbox.quiet.on': 'Use quiet hours',
	'outbox.quiet.start': 'Start (hh:mm, WITA)',
	'outbox.quiet.end': 'End (hh:mm, WITA)',
	'outbox.quiet.hint': 'For example 21:00',
	'outbox.quiet.endHint': 'For example 06:00',
	'outbox.save': 'Save settings',
	'outbox.push.heading': 'Push on this device',
	'outbox.push.explain':
		'When it is on, this device shows a notification when your complaint changes: a short title and one sentence, for example "Dinas PU has answered your complaint". Tap it to open the complaint. We never send advertising.',
	'outbox.push.devices': 'Devices receiving push: {count}.',
	'outbox.push.needsJs': 'Push needs JavaScript. Without JavaScript you can still use SMS and e-mail above.',
	'outbox.push.unsupported': 'This browser cannot receive push. SMS and e-mail still work.',
	'outbox.push.on': 'Turn on push on this device',
	'outbox.push.off': 'Turn off push on this device',
	'outbox.push.isOn': 'Push is on for this device.',
	'outbox.push.isOff': 'Push is off for this device.',
	'outbox.push.denied':
		'The browser does not allow notifications. Change the notification permission for this site in the browser settings, then try again.',
	'outbox.push.failed': 'Push could not be turned on. Please try again later.',
	'outbox.push.turnedOn': 'Push turned on for this device.',
	'outbox.push.turnedOff': 'Push turned off for this device.'
};
