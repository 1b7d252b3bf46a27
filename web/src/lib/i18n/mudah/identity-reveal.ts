// Easy-read for the notice on /lacak/<kode> that an administrator opened the reporter's hidden
// identity, and the texts there that are already plain. Spread into id-mudah.ts.
import type { EasyOverlay, PlainList } from './types';

export const identityRevealMudah = {
	'reveal.notice.entry': 'Pada {date}, administrator membuka identitas Anda. Alasannya: {reason}',
	'reveal.notice.why':
		'Ini hanya boleh jika hukum mewajibkan. Hanya administrator itu melihat nama dan nomor Anda. Dia melihatnya satu kali. Orang lain tetap tidak melihatnya. Kantor pemerintah yang menangani laporan juga tidak.'
} as const satisfies EasyOverlay;

export const identityRevealPlain = ['reveal.notice.heading'] as const satisfies PlainList;
