// Easy-read wording for "who is being served" on /statistik, and the texts there that are already
// plain. Spread into id-mudah.ts.
import type { EasyOverlay, PlainList } from './types';

export const inclusionFiguresMudah = {
	'inclusionFigures.intro':
		'Setelah melapor, warga boleh menjawab beberapa pertanyaan tentang dirinya. Semua pertanyaan boleh dilewati. Di sini jawaban hanya dihitung bersama. Bulan ini baru dihitung setelah bulan ini selesai. Jawaban latihan tidak dihitung.',
	'inclusionFigures.small': '"< 5" artinya kurang dari 5. Angka kecil tidak ditulis. Jadi tidak ada orang yang bisa dikenali.',
	'inclusionFigures.hiddenExplain':
		'"disembunyikan" artinya angka itu tidak ditulis. Kalau ditulis, angka kecil bisa dihitung dari total.',
	'inclusionFigures.disability':
		'"Dengan disabilitas" artinya sangat sulit melakukan satu kegiatan. Atau tidak bisa sama sekali. Kegiatan itu: melihat, mendengar, berjalan. Atau mengingat, mengurus diri, berbicara.'
} as const satisfies EasyOverlay;

export const inclusionFiguresPlain = [
	'inclusionFigures.heading',
	'inclusionFigures.delete',
	'inclusionFigures.deleteLink',
	'inclusionFigures.year.heading',
	'inclusionFigures.year.label',
	'inclusionFigures.year.submit',
	'inclusionFigures.year.default',
	'inclusionFigures.total',
	'inclusionFigures.none',
	'inclusionFigures.dimension.disability',
	'inclusionFigures.dimension.ageBand',
	'inclusionFigures.dimension.gender',
	'inclusionFigures.grouping.district',
	'inclusionFigures.grouping.channel',
	'inclusionFigures.grouping.month',
	'inclusionFigures.caption',
	'inclusionFigures.rowHeader.district',
	'inclusionFigures.rowHeader.channel',
	'inclusionFigures.rowHeader.month',
	'inclusionFigures.sum',
	'inclusionFigures.cell.small',
	'inclusionFigures.cell.hidden',
	'inclusionFigures.col.WITH_DISABILITY',
	'inclusionFigures.col.WITHOUT_DISABILITY',
	'inclusionFigures.col.NOT_STATED',
	'inclusionFigures.col.UNDER_18',
	'inclusionFigures.col.FROM_18_TO_29',
	'inclusionFigures.col.FROM_30_TO_44',
	'inclusionFigures.col.FROM_45_TO_59',
	'inclusionFigures.col.FROM_60',
	'inclusionFigures.col.FEMALE',
	'inclusionFigures.col.MALE',
	'inclusionFigures.channel.SELF',
	'inclusionFigures.channel.SAHABAT',
	'inclusionFigures.channel.SMS',
	'inclusionFigures.channel.OTHER',
	'inclusionFigures.download',
	'inclusionFigures.download.csv',
	'inclusionFigures.download.json',
	'inclusionFigures.csv.table',
	'inclusionFigures.csv.row',
	'inclusionFigures.csv.rowName',
	'inclusionFigures.csv.column',
	'inclusionFigures.csv.count',
	'inclusionFigures.csv.publication',
	'inclusionFigures.csv.total'
] as const satisfies PlainList;
