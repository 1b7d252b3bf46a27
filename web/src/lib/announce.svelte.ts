// Messages for screen readers, spoken politely through the one live region that <LiveAnnouncer />
// keeps in the layout: `announce('Laporan tersimpan')` from anywhere in the browser.

/** The text of the live region. Read by LiveAnnouncer; change it only through announce(). */
export const announcement = $state({ text: '' });

let pending: number | undefined;

/**
 * Says `message` once. The region is emptied first and filled on the next frame, so the same
 * message twice in a row is a change the screen reader hears both times. On the server it does
 * nothing: there is no one to hear it.
 */
export function announce(message: string): void {
	if (typeof window === 'undefined') return;
	if (pending !== undefined) cancelAnimationFrame(pending);
	announcement.text = '';
	pending = requestAnimationFrame(() => {
		pending = undefined;
		announcement.text = message;
	});
}
