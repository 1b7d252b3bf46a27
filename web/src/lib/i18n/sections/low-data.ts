// Low-data mode ("Hemat data"): the display setting, and what a photo list says instead of its
// pictures while it is on. id.ts and en.ts spread these in.
export const lowDataId = {
	'settings.lowData.legend': 'Hemat data internet',
	'settings.lowData.perangkat': 'Ikuti HP atau komputer ini',
	'settings.lowData.perangkat.hint': 'Hemat data menyala sendiri kalau mode hemat data di HP Anda menyala.',
	'settings.lowData.1': 'Hemat data',
	'settings.lowData.1.hint': 'Foto tidak dimuat. Halaman hanya berisi tulisan. Foto bisa dibuka satu per satu.',
	'settings.lowData.0': 'Tampilkan foto',
	'settings.lowData.0.hint': 'Foto selalu dimuat, juga saat mode hemat data di HP menyala.',

	'photos.lowData': 'Hemat data menyala: foto tidak dimuat. Buka foto yang ingin Anda lihat.',
	'photos.lowData.deferred': 'Hemat data menyala: {n} foto disimpan di ponsel. Foto dikirim bersama laporan saat Anda menekan Kirim laporan.'
} as const;

export const lowDataEn = {
	'settings.lowData.legend': 'Save mobile data',
	'settings.lowData.perangkat': 'As this phone or computer is set',
	'settings.lowData.perangkat.hint': 'Saving data turns on by itself when your phone’s data saver is on.',
	'settings.lowData.1': 'Save data',
	'settings.lowData.1.hint': 'Photos are not loaded. Pages show only text. You can open photos one by one.',
	'settings.lowData.0': 'Show photos',
	'settings.lowData.0.hint': 'Photos are always loaded, even when the phone’s data saver is on.',

	'photos.lowData': 'Saving data: photos are not loaded. Open the photos you want to see.',
	'photos.lowData.deferred': 'Saving data: {n} photos are kept on this phone. They are sent with the report when you press Send the report.'
} as const;
