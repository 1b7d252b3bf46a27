// Page copy for the sahabat directory (/sahabat-lapor, /sahabat-lapor/<kecamatan>)
// and the sahabat's own profile in it (/akun/sahabat), in Bahasa Indonesia and English. id.ts and
// en.ts spread these in.
export const sahabatId = {
	'sahabat.find': 'Cari Sahabat LAPOR! di kecamatan Anda',
	'sahabat.findHelp': 'Butuh bantuan menulis laporan? Relawan Sahabat LAPOR! di kecamatan Anda bisa membantu, gratis.',
	'sahabat.list.title': 'Sahabat LAPOR! di kecamatan Anda',
	'sahabat.list.heading': 'Sahabat LAPOR! di kecamatan Anda',
	'sahabat.list.intro':
		'Sahabat LAPOR! adalah relawan di kecamatan. Mereka membantu warga menulis dan mengirim laporan. Mereka juga menyampaikan jawaban pemerintah kepada warga. Bantuan mereka gratis.',
	'sahabat.list.choose': 'Pilih kecamatan Anda',
	'sahabat.list.count': '{count} Sahabat LAPOR!',
	'sahabat.list.none': 'belum ada Sahabat LAPOR!',
	'sahabat.selfFile': 'Anda juga bisa melapor sendiri kapan saja.',
	'sahabat.selfFileLink': 'Mulai melapor',
	'sahabat.district.title': 'Sahabat LAPOR! di Kecamatan {name}',
	'sahabat.district.heading': 'Sahabat LAPOR! di Kecamatan {name}',
	'sahabat.district.intro':
		'Hubungi atau datangi salah satu Sahabat LAPOR! di bawah ini. Mereka bisa membantu Anda melapor dan memberi tahu jawabannya.',
	'sahabat.district.count': 'Ada {count} Sahabat LAPOR! di kecamatan ini.',
	'sahabat.district.phone': 'Nomor HP',
	'sahabat.district.call': 'Telepon {phone}',
	'sahabat.district.place': 'Tempat',
	'sahabat.district.hours': 'Waktu',
	'sahabat.district.empty':
		'Belum ada Sahabat LAPOR! yang tampil untuk kecamatan ini. Anda bisa bertanya di kantor camat, atau melapor sendiri.',
	'sahabat.district.back': 'Semua kecamatan',
	'sahabat.district.notFound': 'Kecamatan itu tidak ada di daftar. Pilih kecamatan dari daftar.',
	'sahabat.profile.title': 'Profil Sahabat LAPOR! Anda',
	'sahabat.profile.heading': 'Profil Sahabat LAPOR! Anda',
	'sahabat.profile.intro':
		'Warga bisa menemukan Anda di halaman Sahabat LAPOR! kecamatan Anda. Di sini Anda memilih apa yang mereka lihat. Tidak ada yang tampil sebelum Anda mencentang "Tampilkan". Email dan nomor HP akun Anda tidak pernah ditampilkan.',
	'sahabat.profile.districts': 'Anda tampil di halaman kecamatan ini:',
	'sahabat.profile.noDistricts':
		'Anda belum ditugaskan ke kecamatan mana pun, jadi belum tampil di halaman mana pun. Minta administrator menugaskan Anda.',
	'sahabat.profile.published': 'Tampilkan saya di halaman Sahabat LAPOR! kecamatan',
	'sahabat.profile.publishedHint': 'Jika tidak dicentang, tidak ada yang tampil. Isian di bawah tetap tersimpan.',
	'sahabat.profile.displayName': 'Nama yang ditampilkan',
	'sahabat.profile.displayNameHint': 'Nama yang dikenal warga, misalnya nama panggilan Anda.',
	'sahabat.profile.phone': 'Nomor HP untuk warga',
	'sahabat.profile.phoneHint': 'Warga bisa menelepon atau mengirim pesan ke nomor ini. Boleh kosong jika Anda mengisi tempat.',
	'sahabat.profile.place': 'Tempat warga bisa menemui Anda',
	'sahabat.profile.placeHint': 'Misalnya: Kantor camat, meja layanan warga.',
	'sahabat.profile.hours': 'Kapan warga bisa menemui atau menghubungi Anda',
	'sahabat.profile.hoursHint': 'Misalnya: Senin sampai Kamis, pukul 08.00–12.00 WITA.',
	'sahabat.profile.submit': 'Simpan profil',
	'sahabat.profile.savedShown': 'Profil disimpan. Warga melihat Anda di halaman kecamatan.',
	'sahabat.profile.savedHidden': 'Profil disimpan. Anda tidak tampil di halaman publik.',
	'sahabat.profile.status.shown': 'Sekarang: tampil di halaman publik.',
	'sahabat.profile.status.hidden': 'Sekarang: tidak tampil di halaman publik.'
};

export const sahabatEn: Record<keyof typeof sahabatId, string> = {
	'sahabat.find': 'Find a Sahabat LAPOR! in your kecamatan',
	'sahabat.findHelp': 'Need help writing a complaint? A Sahabat LAPOR! volunteer in your kecamatan can help, for free.',
	'sahabat.list.title': 'Sahabat LAPOR! in your kecamatan',
	'sahabat.list.heading': 'Sahabat LAPOR! in your kecamatan',
	'sahabat.list.intro':
		'Sahabat LAPOR! are volunteers in each kecamatan. They help residents write and send complaints, and they pass the government’s answers back to residents. Their help is free.',
	'sahabat.list.choose': 'Choose your kecamatan',
	'sahabat.list.count': '{count} Sahabat LAPOR!',
	'sahabat.list.none': 'no Sahabat LAPOR! yet',
	'sahabat.selfFile': 'You can also file a complaint yourself at any time.',
	'sahabat.selfFileLink': 'Start filing',
	'sahabat.district.title': 'Sahabat LAPOR! in Kecamatan {name}',
	'sahabat.district.heading': 'Sahabat LAPOR! in Kecamatan {name}',
	'sahabat.district.intro':
		'Call or visit one of the Sahabat LAPOR! below. They can help you file a complaint and tell you the answer.',
	'sahabat.district.count': 'There are {count} Sahabat LAPOR! in this kecamatan.',
	'sahabat.district.phone': 'Phone',
	'sahabat.district.call': 'Call {phone}',
	'sahabat.district.place': 'Place',
	'sahabat.district.hours': 'When',
	'sahabat.district.empty':
		'No Sahabat LAPOR! is listed for this kecamatan yet. You can ask at the kecamatan office, or file a complaint yourself.',
	'sahabat.district.back': 'All kecamatan',
	'sahabat.district.notFound': 'That kecamatan is not on the list. Choose one from the list.',
	'sahabat.profile.title': 'Your Sahabat LAPOR! profile',
	'sahabat.profile.heading': 'Your Sahabat LAPOR! profile',
	'sahabat.profile.intro':
		'Residents can find you on the Sahabat LAPOR! page of your kecamatan. Here you choose what they see. Nothing is shown until you tick "Show me". Your account’s e-mail and phone number are never shown.',
	'sahabat.profile.districts': 'You are shown on the page of these kecamatan:',
	'sahabat.profile.noDistricts':
		'You have not been assigned to a kecamatan yet, so you are not shown on any page. Ask an administrator to assign you.',
	'sahabat.profile.published': 'Show me on the kecamatan’s Sahabat LAPOR! page',
	'sahabat.profile.publishedHint': 'When not ticked, nothing is shown. What you type below is still saved.',
	'sahabat.profile.displayName': 'Name shown',
	'sahabat.profile.displayNameHint': 'The name residents know you by, for example your nickname.',
	'sahabat.profile.phone': 'Phone number for residents',
	'sahabat.profile.phoneHint': 'Residents can call or message this number. It may be empty if you give a place.',
	'sahabat.profile.place': 'Where residents can find you',
	'sahabat.profile.placeHint': 'For example: the kecamatan office, residents’ service desk.',
	'sahabat.profile.hours': 'When residents can visit or contact you',
	'sahabat.profile.hoursHint': 'For example: Monday to Thursday, 08.00–12.00 WITA.',
	'sahabat.profile.submit': 'Save profile',
	'sahabat.profile.savedShown': 'Profile saved. Residents see you on the kecamatan page.',
	'sahabat.profile.savedHidden': 'Profile saved. You are not shown on the public page.',
	'sahabat.profile.status.shown': 'Now: shown on the public page.',
	'sahabat.profile.status.hidden': 'Now: not shown on the public page.'
};
