// Page copy for likely duplicates: the filing's page of similar complaints (/lapor/serupa), the
// tracking page of a merged complaint, and the verifier's list with "Gabungkan ke laporan ini", in
// Bahasa Indonesia and English. id.ts and en.ts spread these in.
export const duplicatesId = {
	'filing.serupa.title': 'Laporan yang mirip',
	'filing.serupa.heading': 'Mungkin masalah ini sudah dilaporkan',
	'filing.serupa.intro':
		'Warga lain sudah melaporkan masalah yang mirip di tempat yang sama. Jika masalahnya sama, dukung laporan itu dan ikuti kabarnya. Jika berbeda, lanjutkan laporan Anda.',
	'filing.serupa.kept': 'Jawaban Anda tetap tersimpan. Anda bisa kembali dan melanjutkan laporan Anda nanti.',
	'filing.serupa.place': 'Tempat',
	'filing.serupa.placeValue': '{village}, Kecamatan {district}',
	'filing.serupa.placeDistrict': 'Kecamatan {district}',
	'filing.serupa.status': 'Status',
	'filing.serupa.support': 'Dukungan',
	'filing.serupa.supportCount': '{count} orang juga mengalami',
	'filing.serupa.supportNone': 'Belum ada yang mendukung',
	'filing.serupa.code': 'Kode lacak',
	'filing.serupa.mine': 'Ini masalah saya juga',
	'filing.serupa.notMine': 'Bukan, lanjutkan',
	'track.merged.heading': 'Laporan ini sudah digabung',
	'track.merged.text': 'Laporan ini sama dengan laporan {code}, jadi keduanya digabung. Kabar selanjutnya ada di laporan itu.',
	'track.merged.link': 'Lihat laporan {code}',
	'staff.duplicates.heading': 'Kemungkinan laporan ganda',
	'staff.duplicates.intro':
		'Laporan yang masih berjalan di tempat dan topik yang sama, dengan isi yang mirip. Menggabungkan laporan ini ke laporan lain mengarsipkan laporan ini, memindahkan pengikut dan pelapornya ke laporan itu, dan memberi tahu pelapornya.',
	'staff.duplicates.none': 'Tidak ada laporan lain yang mirip.',
	'staff.duplicates.merge': 'Gabungkan ke laporan ini',
	'staff.duplicates.confirmHeading': 'Yakin menggabungkan?',
	'staff.duplicates.confirmText':
		'Laporan {duplicate} akan diarsipkan dan digabung ke {original}. Pelapornya diberi tahu dan mengikuti {original}. Ini tidak bisa dibatalkan.',
	'staff.duplicates.confirm': 'Ya, gabungkan ke {original}',
	'staff.duplicates.cancel': 'Batal',
	'staff.duplicates.done': 'Laporan ini sudah digabung ke {code}.',
	'staff.duplicates.score': 'Kemiripan {percent}%'
} as const;

export const duplicatesEn = {
	'filing.serupa.title': 'Similar reports',
	'filing.serupa.heading': 'This problem may already be reported',
	'filing.serupa.intro':
		'Other residents have reported a similar problem at the same place. If it is the same problem, support that report and follow its news. If it is different, carry on with your report.',
	'filing.serupa.kept': 'Your answers are kept. You can come back and finish your report later.',
	'filing.serupa.place': 'Place',
	'filing.serupa.placeValue': '{village}, {district} district',
	'filing.serupa.placeDistrict': '{district} district',
	'filing.serupa.status': 'Status',
	'filing.serupa.support': 'Support',
	'filing.serupa.supportCount': '{count} people have this problem too',
	'filing.serupa.supportNone': 'No support yet',
	'filing.serupa.code': 'Tracking code',
	'filing.serupa.mine': 'This is my problem too',
	'filing.serupa.notMine': 'No, continue',
	'track.merged.heading': 'This report was merged',
	'track.merged.text': 'This report is the same as report {code}, so they were merged. Further news is on that report.',
	'track.merged.link': 'See report {code}',
	'staff.duplicates.heading': 'Possible duplicates',
	'staff.duplicates.intro':
		'Open reports of the same place and topic with similar text. Merging this report into another archives this one, moves its followers and its reporter to the other, and tells its reporter.',
	'staff.duplicates.none': 'No other report looks similar.',
	'staff.duplicates.merge': 'Merge into this report',
	'staff.duplicates.confirmHeading': 'Merge these reports?',
	'staff.duplicates.confirmText':
		'Report {duplicate} will be archived and merged into {original}. Its reporter is told and follows {original}. This cannot be undone.',
	'staff.duplicates.confirm': 'Yes, merge into {original}',
	'staff.duplicates.cancel': 'Cancel',
	'staff.duplicates.done': 'This report was merged into {code}.',
	'staff.duplicates.score': 'Similarity {percent}%'
} as const;
