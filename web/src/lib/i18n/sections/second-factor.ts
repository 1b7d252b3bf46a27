// Page copy for two-step verification (authenticator app and recovery codes): the code after the
// password (/masuk/kode), turning it on and managing it (/akun/dua-langkah), and confirming with
// a code before a sensitive action (/akun/konfirmasi). id.ts and en.ts spread these in.
export const secondFactorId = {
	'twoStep.code.label': 'Kode 6 angka dari aplikasi',
	'twoStep.code.hint': 'Kode berganti setiap 30 detik. Spasi boleh.',
	'twoStep.recovery.label': 'Kode pemulihan',
	'twoStep.recovery.hint':
		'Salah satu dari 10 kode yang Anda simpan saat mengaktifkan verifikasi dua langkah, misalnya 7KQ2M-XW4PB. Setiap kode hanya bisa dipakai sekali.',
	'twoStep.useRecovery': 'HP hilang? Pakai kode pemulihan',
	'twoStep.useApp': 'Pakai kode dari aplikasi',
	'twoStep.either.label': 'Kode dari aplikasi atau kode pemulihan',
	'twoStep.either.hint': '6 angka dari aplikasi autentikator, atau satu kode pemulihan yang belum dipakai.',

	'twoStep.signIn.title': 'Kode verifikasi',
	'twoStep.signIn.heading': 'Tulis kode dari aplikasi autentikator',
	'twoStep.signIn.intro':
		'Kata sandi Anda benar. Buka aplikasi autentikator di HP Anda, lalu tulis kode 6 angka untuk Suara.',
	'twoStep.signIn.introRecovery': 'Kata sandi Anda benar. Tulis satu kode pemulihan Anda.',
	'twoStep.signIn.submit': 'Masuk',
	'twoStep.signIn.other': 'Masuk dengan akun lain',

	'twoStep.title': 'Verifikasi dua langkah',
	'twoStep.heading': 'Verifikasi dua langkah',
	'twoStep.link': 'Verifikasi dua langkah',
	'twoStep.what':
		'Dengan verifikasi dua langkah, masuk ke akun perlu kata sandi dan kode dari aplikasi autentikator di HP Anda. Orang yang tahu kata sandi Anda tetap tidak bisa masuk.',
	'twoStep.required':
		'Akun Anda punya tugas petugas, sahabat, pelatih, atau administrator. Tugas itu baru bisa dipakai setelah verifikasi dua langkah aktif.',
	'twoStep.optional': 'Untuk warga ini pilihan. Akun Anda tetap bisa dipakai tanpa ini.',
	'twoStep.enrol.heading': 'Aktifkan dalam tiga langkah',
	'twoStep.enrol.step1':
		'Pasang aplikasi autentikator di HP Anda, misalnya Google Authenticator, Microsoft Authenticator, atau Aegis.',
	'twoStep.enrol.step2': 'Di aplikasi, tambahkan akun baru: pindai kode QR ini, atau ketik kuncinya.',
	'twoStep.enrol.qrAlt': 'Kode QR untuk aplikasi autentikator. Jika tidak bisa memindai, ketik kunci di bawahnya.',
	'twoStep.enrol.key': 'Kunci untuk diketik',
	'twoStep.enrol.keyHint': 'Pilih "masukkan kunci" atau "enter a setup key" di aplikasi. Jenis: berbasis waktu.',
	'twoStep.enrol.step3': 'Tulis kode 6 angka yang tampil di aplikasi, lalu tekan Aktifkan.',
	'twoStep.enrol.submit': 'Aktifkan',
	'twoStep.codes.heading': 'Simpan kode pemulihan Anda',
	'twoStep.codes.intro':
		'Tulis 10 kode ini di kertas atau simpan di pengelola kata sandi, sekarang. Jika HP Anda hilang, satu kode bisa dipakai sekali untuk masuk. Kode ini tidak ditampilkan lagi.',
	'twoStep.codes.listLabel': 'Kode pemulihan',
	'twoStep.codes.continue': 'Sudah saya simpan, lanjut',
	'twoStep.on': 'Verifikasi dua langkah aktif.',
	'twoStep.left': 'Kode pemulihan yang belum dipakai: {count}.',
	'twoStep.usedRecovery':
		'Anda masuk dengan kode pemulihan. Sisa kode: {count}. Jika HP Anda hilang, matikan verifikasi dua langkah di bawah, lalu aktifkan lagi di HP baru.',
	'twoStep.turnedOff': 'Verifikasi dua langkah sudah dimatikan.',
	'twoStep.regenerate.heading': 'Buat kode pemulihan baru',
	'twoStep.regenerate.intro': 'Kode pemulihan yang lama tidak berlaku lagi.',
	'twoStep.regenerate.submit': 'Buat kode pemulihan baru',
	'twoStep.off.heading': 'Matikan verifikasi dua langkah',
	'twoStep.off.intro': 'Masuk lagi hanya perlu kata sandi. Tugas petugas berhenti sampai Anda mengaktifkannya lagi.',
	'twoStep.off.submit': 'Matikan verifikasi dua langkah',

	'twoStep.confirm.title': 'Konfirmasi dengan kode',
	'twoStep.confirm.heading': 'Konfirmasi dengan kode',
	'twoStep.confirm.intro':
		'Untuk tindakan ini, tulis kode dari aplikasi autentikator Anda. Setelah itu Anda kembali ke halaman tadi.',
	'twoStep.confirm.submit': 'Konfirmasi',
	'twoStep.confirm.cancel': 'Batal, kembali',
	'twoStep.confirm.link': 'Tulis kode dari aplikasi autentikator, lalu kembali ke halaman ini'
} as const;

export const secondFactorEn: Record<keyof typeof secondFactorId, string> = {
	'twoStep.code.label': '6-digit code from the app',
	'twoStep.code.hint': 'The code changes every 30 seconds. Spaces are fine.',
	'twoStep.recovery.label': 'Recovery code',
	'twoStep.recovery.hint':
		'One of the 10 codes you saved when you turned on two-step verification, for example 7KQ2M-XW4PB. Each code works once.',
	'twoStep.useRecovery': 'Lost your phone? Use a recovery code',
	'twoStep.useApp': 'Use a code from the app',
	'twoStep.either.label': 'Code from the app or a recovery code',
	'twoStep.either.hint': '6 digits from your authenticator app, or one unused recovery code.',

	'twoStep.signIn.title': 'Verification code',
	'twoStep.signIn.heading': 'Enter the code from your authenticator app',
	'twoStep.signIn.intro': 'Your password is right. Open the authenticator app on your phone and enter the 6-digit code for Suara.',
	'twoStep.signIn.introRecovery': 'Your password is right. Enter one of your recovery codes.',
	'twoStep.signIn.submit': 'Sign in',
	'twoStep.signIn.other': 'Sign in with another account',

	'twoStep.title': 'Two-step verification',
	'twoStep.heading': 'Two-step verification',
	'twoStep.link': 'Two-step verification',
	'twoStep.what':
		'With two-step verification, signing in needs your password and a code from the authenticator app on your phone. Someone who knows your password still cannot sign in.',
	'twoStep.required':
		'Your account has a staff, sahabat, trainer or administrator role. That role works only once two-step verification is on.',
	'twoStep.optional': 'For residents it is a choice. Your account works without it too.',
	'twoStep.enrol.heading': 'Turn it on in three steps',
	'twoStep.enrol.step1': 'Install an authenticator app on your phone, for example Google Authenticator, Microsoft Authenticator or Aegis.',
	'twoStep.enrol.step2': 'In the app, add a new account: scan this QR code, or type the key.',
	'twoStep.enrol.qrAlt': 'QR code for an authenticator app. If you cannot scan it, type the key below it.',
	'twoStep.enrol.key': 'Key to type',
	'twoStep.enrol.keyHint': 'Choose "enter a setup key" in the app. Type: time based.',
	'twoStep.enrol.step3': 'Enter the 6-digit code the app shows, then press Turn on.',
	'twoStep.enrol.submit': 'Turn on',
	'twoStep.codes.heading': 'Save your recovery codes',
	'twoStep.codes.intro':
		'Write these 10 codes on paper or keep them in a password manager, now. If your phone is lost, each code signs you in once. They are not shown again.',
	'twoStep.codes.listLabel': 'Recovery codes',
	'twoStep.codes.continue': 'I saved them, continue',
	'twoStep.on': 'Two-step verification is on.',
	'twoStep.left': 'Unused recovery codes: {count}.',
	'twoStep.usedRecovery':
		'You signed in with a recovery code. Codes left: {count}. If your phone is lost, turn two-step verification off below, then on again with your new phone.',
	'twoStep.turnedOff': 'Two-step verification is off.',
	'twoStep.regenerate.heading': 'Make new recovery codes',
	'twoStep.regenerate.intro': 'The old recovery codes stop working.',
	'twoStep.regenerate.submit': 'Make new recovery codes',
	'twoStep.off.heading': 'Turn off two-step verification',
	'twoStep.off.intro': 'Signing in then needs only your password. Staff roles stop until you turn it on again.',
	'twoStep.off.submit': 'Turn off two-step verification',

	'twoStep.confirm.title': 'Confirm with a code',
	'twoStep.confirm.heading': 'Confirm with a code',
	'twoStep.confirm.intro': 'For this, enter a code from your authenticator app. Then you go back to the page you were on.',
	'twoStep.confirm.submit': 'Confirm',
	'twoStep.confirm.cancel': 'Cancel, go back',
	'twoStep.confirm.link': 'Enter a code from your authenticator app, then come back to this page'
};
