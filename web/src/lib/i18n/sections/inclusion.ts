// Page copy for "who is being served": the optional questions about the reporter offered on the
// receipt after filing (/lapor/terkirim/<kode> and its page /tentang-anda), and deleting the
// answers again (/hapus-jawaban), in Bahasa Indonesia and English. The six questions on
// difficulties follow the Washington Group short set. id.ts and en.ts spread these in.
export const inclusionId = {
	'inclusion.offer.heading': 'Pertanyaan tentang Anda (boleh dilewati)',
	'inclusion.offer.why':
		'Kami ingin tahu apakah layanan ini juga sampai kepada penyandang disabilitas, warga lanjut usia, dan perempuan. Karena itu kami ingin bertanya sedikit tentang Anda.',
	'inclusion.offer.whyAssisted':
		'Tanyakan kepada warga apakah ia mau menjawab beberapa pertanyaan tentang dirinya. Kami ingin tahu apakah layanan ini juga sampai kepada penyandang disabilitas, warga lanjut usia, dan perempuan.',
	'inclusion.offer.apart':
		'Jawaban disimpan terpisah dan tidak terhubung dengan laporan ini. Petugas yang menangani laporan tidak melihat jawaban Anda.',
	'inclusion.offer.apartAssisted':
		'Jawaban disimpan terpisah dan tidak terhubung dengan laporan ini. Petugas yang menangani laporan tidak melihat jawabannya.',
	'inclusion.offer.noChange': 'Jika dilewati, tidak ada yang berubah. Laporan tetap diproses seperti biasa.',
	'inclusion.offer.answer': 'Jawab pertanyaan',
	'inclusion.skip': 'Lewati',

	'inclusion.token.heading': 'Kode hapus jawaban',
	'inclusion.token.thanks': 'Terima kasih. Jawaban tentang Anda sudah disimpan, terpisah dari laporan.',
	'inclusion.token.hint': 'Dengan kode ini Anda bisa menghapus jawaban itu kapan saja. Simpan bersama kode lacak dan PIN.',
	'inclusion.token.delete': 'Hapus jawaban tentang Anda',
	'inclusion.token.printDelete': 'Hapus jawaban tentang Anda di {url} dengan kode ini.',

	'inclusion.questions.title': 'Pertanyaan tentang Anda',
	'inclusion.questions.heading': 'Pertanyaan tentang Anda',
	'inclusion.questions.intro':
		'Semua pertanyaan boleh tidak dijawab. Jawaban disimpan terpisah dari laporan. Petugas yang menangani laporan tidak melihatnya.',
	'inclusion.questions.introAssisted':
		'Bacakan setiap pertanyaan kepada warga, lalu pilih jawabannya. Warga boleh tidak menjawab pertanyaan mana pun.',
	'inclusion.questions.deleteLater': 'Sesudah menjawab, Anda mendapat kode untuk menghapus jawaban.',
	'inclusion.questions.deletePage': 'Sudah pernah menjawab? Hapus jawaban dengan kodenya',
	'inclusion.questions.back': 'Kembali ke tanda terima',
	'inclusion.questions.difficulty.heading': 'Kesulitan sehari-hari',
	'inclusion.questions.difficulty.intro':
		'Pertanyaan berikut tentang kesulitan yang mungkin Anda alami dalam kegiatan sehari-hari karena masalah kesehatan.',
	'inclusion.questions.about.heading': 'Umur dan jenis kelamin',
	'inclusion.q.seeing': 'Apakah Anda mengalami kesulitan melihat, meskipun memakai kacamata?',
	'inclusion.q.hearing': 'Apakah Anda mengalami kesulitan mendengar, meskipun memakai alat bantu dengar?',
	'inclusion.q.walking': 'Apakah Anda mengalami kesulitan berjalan atau naik tangga?',
	'inclusion.q.remembering': 'Apakah Anda mengalami kesulitan mengingat atau berkonsentrasi?',
	'inclusion.q.selfCare': 'Apakah Anda mengalami kesulitan mengurus diri sendiri, seperti mandi atau berpakaian?',
	'inclusion.q.communicating':
		'Dengan bahasa yang biasa Anda pakai, apakah Anda mengalami kesulitan berkomunikasi, misalnya memahami orang lain atau dipahami orang lain?',
	'inclusion.q.ageBand': 'Berapa umur Anda?',
	'inclusion.q.gender': 'Apa jenis kelamin Anda?',
	'inclusion.level.NONE': 'Tidak kesulitan',
	'inclusion.level.SOME': 'Sedikit kesulitan',
	'inclusion.level.A_LOT': 'Sangat kesulitan',
	'inclusion.level.CANNOT': 'Tidak bisa sama sekali',
	'inclusion.age.UNDER_18': 'Di bawah 18 tahun',
	'inclusion.age.FROM_18_TO_29': '18 sampai 29 tahun',
	'inclusion.age.FROM_30_TO_44': '30 sampai 44 tahun',
	'inclusion.age.FROM_45_TO_59': '45 sampai 59 tahun',
	'inclusion.age.FROM_60': '60 tahun atau lebih',
	'inclusion.gender.FEMALE': 'Perempuan',
	'inclusion.gender.MALE': 'Laki-laki',
	'inclusion.questions.submit': 'Kirim jawaban',
	'inclusion.questions.unknownChoice': 'Pilih salah satu jawaban yang ada, atau biarkan kosong.',
	'inclusion.questions.gone':
		'Pertanyaan ini sudah dijawab atau dilewati, atau sudah lewat sehari sejak laporan dikirim. Laporan Anda tetap diproses seperti biasa.',

	'inclusion.delete.title': 'Hapus jawaban tentang Anda',
	'inclusion.delete.heading': 'Hapus jawaban tentang Anda',
	'inclusion.delete.intro':
		'Sesudah melapor, Anda menjawab pertanyaan tentang diri Anda? Dengan kode hapus jawaban, jawaban itu kami hapus. Laporan Anda tidak ikut terhapus.',
	'inclusion.delete.label': 'Kode hapus jawaban',
	'inclusion.delete.hint': 'Kode ini ada di tanda terima laporan, di bawah PIN. Contoh: ABCD-EFGH-JKMN.',
	'inclusion.delete.submit': 'Hapus jawaban',
	'inclusion.delete.done': 'Jawaban Anda sudah dihapus. Laporan Anda tidak berubah dan tetap diproses.',
	'inclusion.delete.home': 'Kembali ke beranda'
} as const;

export const inclusionEn = {
	'inclusion.offer.heading': 'Questions about you (you may skip them)',
	'inclusion.offer.why':
		'We want to know whether this service also reaches people with disabilities, older residents and women. That is why we would like to ask a little about you.',
	'inclusion.offer.whyAssisted':
		'Ask the resident whether they would answer a few questions about themselves. We want to know whether this service also reaches people with disabilities, older residents and women.',
	'inclusion.offer.apart':
		'The answers are stored separately and are not linked to this report. The officers who handle the report do not see your answers.',
	'inclusion.offer.apartAssisted':
		'The answers are stored separately and are not linked to this report. The officers who handle the report do not see the answers.',
	'inclusion.offer.noChange': 'Skipping changes nothing. The report is handled as usual.',
	'inclusion.offer.answer': 'Answer the questions',
	'inclusion.skip': 'Skip',

	'inclusion.token.heading': 'Code to delete the answers',
	'inclusion.token.thanks': 'Thank you. Your answers have been stored, separately from the report.',
	'inclusion.token.hint': 'With this code you can delete those answers at any time. Keep it with the tracking code and PIN.',
	'inclusion.token.delete': 'Delete the answers about you',
	'inclusion.token.printDelete': 'Delete the answers about you at {url} with this code.',

	'inclusion.questions.title': 'Questions about you',
	'inclusion.questions.heading': 'Questions about you',
	'inclusion.questions.intro':
		'You may leave any question unanswered. The answers are stored separately from the report. The officers who handle the report do not see them.',
	'inclusion.questions.introAssisted':
		'Read each question to the resident, then choose their answer. The resident may leave any question unanswered.',
	'inclusion.questions.deleteLater': 'After answering, you get a code to delete the answers.',
	'inclusion.questions.deletePage': 'Answered before? Delete the answers with the code',
	'inclusion.questions.back': 'Back to the receipt',
	'inclusion.questions.difficulty.heading': 'Everyday difficulties',
	'inclusion.questions.difficulty.intro':
		'The next questions ask about difficulties you may have doing certain activities because of a health problem.',
	'inclusion.questions.about.heading': 'Age and gender',
	'inclusion.q.seeing': 'Do you have difficulty seeing, even if wearing glasses?',
	'inclusion.q.hearing': 'Do you have difficulty hearing, even if using a hearing aid?',
	'inclusion.q.walking': 'Do you have difficulty walking or climbing steps?',
	'inclusion.q.remembering': 'Do you have difficulty remembering or concentrating?',
	'inclusion.q.selfCare': 'Do you have difficulty with self-care, such as washing all over or dressing?',
	'inclusion.q.communicating':
		'Using your usual language, do you have difficulty communicating, for example understanding or being understood?',
	'inclusion.q.ageBand': 'How old are you?',
	'inclusion.q.gender': 'What is your gender?',
	'inclusion.level.NONE': 'No difficulty',
	'inclusion.level.SOME': 'Some difficulty',
	'inclusion.level.A_LOT': 'A lot of difficulty',
	'inclusion.level.CANNOT': 'Cannot do it at all',
	'inclusion.age.UNDER_18': 'Under 18',
	'inclusion.age.FROM_18_TO_29': '18 to 29',
	'inclusion.age.FROM_30_TO_44': '30 to 44',
	'inclusion.age.FROM_45_TO_59': '45 to 59',
	'inclusion.age.FROM_60': '60 or older',
	'inclusion.gender.FEMALE': 'Female',
	'inclusion.gender.MALE': 'Male',
	'inclusion.questions.submit': 'Send the answers',
	'inclusion.questions.unknownChoice': 'Choose one of the answers shown, or leave it empty.',
	'inclusion.questions.gone':
		'These questions were answered or skipped already, or more than a day has passed since the report was sent. Your report is handled as usual.',

	'inclusion.delete.title': 'Delete the answers about you',
	'inclusion.delete.heading': 'Delete the answers about you',
	'inclusion.delete.intro':
		'After reporting, did you answer questions about yourself? With the deletion code, we delete those answers. Your report is not deleted.',
	'inclusion.delete.label': 'Code to delete the answers',
	'inclusion.delete.hint': 'The code is on the report receipt, below the PIN. For example: ABCD-EFGH-JKMN.',
	'inclusion.delete.submit': 'Delete the answers',
	'inclusion.delete.done': 'Your answers have been deleted. Your report has not changed and is still being handled.',
	'inclusion.delete.home': 'Back to the home page'
} as const satisfies Record<keyof typeof inclusionId, string>;
