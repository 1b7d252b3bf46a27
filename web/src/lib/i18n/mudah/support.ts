// Easy-read for "saya juga mengalami" (the count and the button on /lacak/<kode>, the pages under
// /lacak/<kode>/dukung), and the texts there that are already plain. Spread into id-mudah.ts.
import type { EasyOverlay, PlainList } from './types';

export const supportMudah = {} as const satisfies EasyOverlay;

export const supportPlain = [
	'support.heading',
	'support.count',
	'support.countOne',
	'support.countNone',
	'support.intro',
	'support.button',
	'support.follow',
	'support.follow.hintAccount',
	'support.follow.hintContact',
	'support.recorded',
	'support.noAccount',
	'support.signIn',
	'support.closed.FINISHED',
	'support.closed.MERGED',
	'support.closed.NOT_PUBLIC',
	'support.closed.PRACTICE',
	'support.closed.OWN',
	'support.back',
	'account.track.done.support',
	'support.ask.title',
	'support.ask.heading',
	'support.ask.about',
	'support.ask.intro',
	'support.ask.account',
	'support.contact.label',
	'support.contact.hint',
	'support.ask.submit',
	'support.ask.haveCode',
	'support.code.title',
	'support.code.heading',
	'support.code.sent',
	'support.code.intro',
	'support.code.label',
	'support.code.hint',
	'support.code.submit',
	'support.code.again'
] as const satisfies PlainList;
