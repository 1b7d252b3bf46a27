// Easy-read for the offline page (/luring) and the update notice in the frame: every text there
// is already plain (short sentences, everyday words). Spread into id-mudah.ts.
import type { PlainList } from './types';

export const offlinePlain = [
	'offline.title',
	'offline.heading',
	'offline.intro',
	'offline.retry',
	'offline.worksHeading',
	'offline.report',
	'offline.reportHint',
	'offline.home',
	'offline.keptHeading',
	'offline.keptHint',
	'offline.kept',
	'pwa.update.text',
	'pwa.update.reload',
	'pwa.update.dismiss',
	'pwa.update.hint'
] as const satisfies PlainList;
