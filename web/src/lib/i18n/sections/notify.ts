// Page copy for one area of the app, in Bahasa Indonesia and English. id.ts and en.ts spread
// these in; the key type makes both languages carry the same keys.
// Area: notifications (the notification centre, the header count, live announcements).
export const notifyId = {
	'notify.nav.label': 'Pemberitahuan',
	'notify.nav.unread': 'Pemberitahuan ({count} belum dibaca)',
	'notify.title': 'Pemberitahuan',
	'notify.heading': 'Pemberitahuan',
	'notify.intro': 'Kabar terbaru tentang laporan yang Anda ikuti. Yang terbaru ada di atas.',
	'notify.unreadCount': '{count} belum dibaca.',
	'notify.allRead': 'Semua sudah dibaca.',
	'notify.empty': 'Belum ada pemberitahuan. Kabar tentang laporan yang Anda ikuti akan muncul di sini.',
	'notify.listLabel': 'Daftar pemberitahuan',
	'notify.unread': 'Belum dibaca',
	'notify.read': 'Sudah dibaca',
	'notify.markRead': 'Tandai sudah dibaca',
	'notify.markReadFor': 'pemberitahuan: {title}',
	'notify.markAll': 'Tandai semua sudah dibaca',
	'notify.markedRead': 'Ditandai sudah dibaca.',
	'notify.markedAllRead': 'Semua pemberitahuan ditandai sudah dibaca.',
	'notify.older': 'Pemberitahuan yang lebih lama',
	'notify.newest': 'Kembali ke yang terbaru',
	'notify.open': 'Buka laporan {code}',
	'notify.live.added': 'Pemberitahuan baru: {title}',
	'notify.live.complaintUpdated': 'Laporan ini baru saja diperbarui. Status: {status}.',
	'notify.live.practiceUpdated': 'LATIHAN: laporan latihan ini baru saja diperbarui. Status: {status}.'
} as const;

export const notifyEn: Record<keyof typeof notifyId, string> = {
	'notify.nav.label': 'Notifications',
	'notify.nav.unread': 'Notifications ({count} unread)',
	'notify.title': 'Notifications',
	'notify.heading': 'Notifications',
	'notify.intro': 'News about the complaints you follow. The newest is at the top.',
	'notify.unreadCount': '{count} unread.',
	'notify.allRead': 'All read.',
	'notify.empty': 'No notifications yet. News about the complaints you follow will appear here.',
	'notify.listLabel': 'Notifications',
	'notify.unread': 'Unread',
	'notify.read': 'Read',
	'notify.markRead': 'Mark as read',
	'notify.markReadFor': 'notification: {title}',
	'notify.markAll': 'Mark all as read',
	'notify.markedRead': 'Marked as read.',
	'notify.markedAllRead': 'All notifications marked as read.',
	'notify.older': 'Older notifications',
	'notify.newest': 'Back to the newest',
	'notify.open': 'Open complaint {code}',
	'notify.live.added': 'New notification: {title}',
	'notify.live.complaintUpdated': 'This complaint was just updated. Status: {status}.',
	'notify.live.practiceUpdated': 'PRACTICE (LATIHAN): this practice complaint was just updated. Status: {status}.'
};
