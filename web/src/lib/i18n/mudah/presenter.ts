// The presenter layout's setting and its explanations beside each filing question are written in plain words for
// a room of participants already: in easy-read they stay as they are. Spread into id-mudah.ts.
import type { PlainList } from './types';

export const presenterPlain = [
	'settings.presenting.legend',
	'settings.presenting.0',
	'settings.presenting.0.hint',
	'settings.presenting.1',
	'settings.presenting.1.hint',
	'presenter.label',
	'presenter.filing.jenis',
	'presenter.filing.kejadian',
	'presenter.filing.waktu',
	'presenter.filing.lokasi',
	'presenter.filing.kategori',
	'presenter.filing.instansi',
	'presenter.filing.foto',
	'presenter.filing.privasi',
	'presenter.filing.kabar',
	'presenter.filing.persetujuan'
] as const satisfies PlainList;
