// Low-data mode's setting and note are written in plain words already: in easy-read they stay as
// they are. Spread into id-mudah.ts.
import type { PlainList } from './types';

export const lowDataPlain = [
	'settings.lowData.legend',
	'settings.lowData.perangkat',
	'settings.lowData.perangkat.hint',
	'settings.lowData.1',
	'settings.lowData.1.hint',
	'settings.lowData.0',
	'settings.lowData.0.hint',
	'photos.lowData',
	'photos.lowData.deferred'
] as const satisfies PlainList;
