// Photos shown with a complaint (staff page and tracking page), and the words for a form that
// could not be sent because the phone is offline.

export const photosId = {
	'photos.heading': 'Foto dari pelapor',
	'photos.altFallback': 'Foto {n} dari {total} dari pelapor',
	'photos.openFull': '(buka ukuran penuh)',
	'form.offline': 'Tidak ada sambungan internet. Jawaban Anda tersimpan di ponsel ini. Kirim lagi saat sambungan kembali.'
} as const;

export const photosEn: Record<keyof typeof photosId, string> = {
	'photos.heading': 'Photos from the reporter',
	'photos.altFallback': 'Photo {n} of {total} from the reporter',
	'photos.openFull': '(open full size)',
	'form.offline': 'No internet connection. Your answers are saved on this phone. Send again when the connection is back.'
};
