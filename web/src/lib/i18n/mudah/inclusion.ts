// Easy-read for the optional questions about the reporter (the receipt's offer and code, the page
// /lapor/terkirim/<kode>/tentang-anda) and deleting the answers (/hapus-jawaban), and the texts
// there that are already plain. Spread into id-mudah.ts.
import type { EasyOverlay, PlainList } from './types';

export const inclusionMudah = {
	'inclusion.offer.why':
		'Kami ingin tahu siapa saja yang memakai layanan ini. Apakah penyandang disabilitas juga bisa melapor? Apakah warga lanjut usia dan perempuan juga? Karena itu kami bertanya sedikit tentang Anda.',
	'inclusion.offer.whyAssisted':
		'Tanyakan kepada warga: mau menjawab beberapa pertanyaan tentang dirinya? Kami ingin tahu siapa saja yang memakai layanan ini. Apakah penyandang disabilitas juga bisa melapor? Apakah warga lanjut usia dan perempuan juga?',
	'inclusion.offer.apart':
		'Jawaban disimpan terpisah dari laporan. Jawaban tidak bisa dicocokkan dengan laporan Anda. Petugas yang mengurus laporan tidak melihat jawaban Anda.',
	'inclusion.offer.apartAssisted':
		'Jawaban disimpan terpisah dari laporan. Jawaban tidak bisa dicocokkan dengan laporan ini. Petugas yang mengurus laporan tidak melihat jawabannya.',
	'inclusion.questions.difficulty.intro':
		'Pertanyaan berikut tentang kegiatan sehari-hari. Apakah kegiatan itu sulit karena masalah kesehatan?',
	'inclusion.q.communicating':
		'Apakah Anda sulit berkomunikasi dengan bahasa sehari-hari Anda? Misalnya sulit mengerti orang lain. Atau orang lain sulit mengerti Anda.',
	'inclusion.questions.gone':
		'Pertanyaan ini sudah selesai. Mungkin sudah dijawab atau dilewati. Atau laporan dikirim lebih dari sehari lalu. Laporan Anda tetap diproses seperti biasa.',
	'explain.inclusion.questions':
		'Di sini ada pertanyaan tentang Anda. Semua boleh tidak dijawab. Laporan Anda tetap diproses seperti biasa.',
	'explain.inclusion.delete': 'Di sini Anda bisa menghapus jawaban tentang diri Anda. Anda perlu kode hapus jawaban.'
} as const satisfies EasyOverlay;

export const inclusionPlain = [
	'inclusion.offer.heading',
	'inclusion.offer.noChange',
	'inclusion.offer.answer',
	'inclusion.skip',
	'inclusion.token.heading',
	'inclusion.token.thanks',
	'inclusion.token.hint',
	'inclusion.token.delete',
	'inclusion.token.printDelete',
	'inclusion.questions.title',
	'inclusion.questions.heading',
	'inclusion.questions.intro',
	'inclusion.questions.introAssisted',
	'inclusion.questions.deleteLater',
	'inclusion.questions.deletePage',
	'inclusion.questions.back',
	'inclusion.questions.difficulty.heading',
	'inclusion.questions.about.heading',
	'inclusion.q.seeing',
	'inclusion.q.hearing',
	'inclusion.q.walking',
	'inclusion.q.remembering',
	'inclusion.q.selfCare',
	'inclusion.q.ageBand',
	'inclusion.q.gender',
	'inclusion.level.NONE',
	'inclusion.level.SOME',
	'inclusion.level.A_LOT',
	'inclusion.level.CANNOT',
	'inclusion.age.UNDER_18',
	'inclusion.age.FROM_18_TO_29',
	'inclusion.age.FROM_30_TO_44',
	'inclusion.age.FROM_45_TO_59',
	'inclusion.age.FROM_60',
	'inclusion.gender.FEMALE',
	'inclusion.gender.MALE',
	'inclusion.questions.submit',
	'inclusion.questions.unknownChoice',
	'inclusion.delete.title',
	'inclusion.delete.heading',
	'inclusion.delete.intro',
	'inclusion.delete.label',
	'inclusion.delete.hint',
	'inclusion.delete.submit',
	'inclusion.delete.done',
	'inclusion.delete.home'
] as const satisfies PlainList;
