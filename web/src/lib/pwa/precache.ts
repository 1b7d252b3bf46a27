// Which built files the service worker precaches: only what the pages kept offline need (the
// start page, the filing steps, the tracking page, the offline page, their layout and error page,
// the client's entry), the app icons and the web manifest; not the staff, trainer and admin pages'
// code, which a resident's phone would otherwise download on a 3G link. Build-time only: vite.config.ts
// reads SvelteKit's server output and hands the file texts here; precache.test.ts tables it.

/** The route folders (under src/routes) whose page code is precached. */
export const precachedRoutes: readonly string[] = [
	'',
	'lapor',
	'lapor/jenis',
	'lapor/kejadian',
	'lapor/waktu',
	'lapor/lokasi',
	'lapor/kategori',
	'lapor/instansi',
	'lapor/foto',
	'lapor/privasi',
	'lapor/kabar',
	'lapor/persetujuan',
	'lapor/periksa',
	'lapor/tertunda',
	'lacak/[code]',
	'luring'
];

/** Files from web/static that are precached. */
export const precachedStatic: readonly string[] = [
	'manifest.webmanifest',
	'favicon.svg',
	'icons/suara-192.png',
	'icons/suara-512.png',
	'icons/suara-maskable-192.png',
	'icons/suara-maskable-512.png'
];

const list = (source: string, name: string): string[] => {
	const match = new RegExp(`export const ${name} = (\\[[^\\]]*\\])`).exec(source);
	return match ? (JSON.parse(match[1]!) as string[]) : [];
};

/**
 * The client files one of SvelteKit's server node modules (.svelte-kit/output/server/nodes/N.js)
 * names, and which page or layout it is: 'page:lapor/jenis', 'layout:', 'error:' (the root ones).
 */
export function readNode(source: string): { id: string | null; files: string[] } {
	const component = /entries\/(pages|fallbacks)\/(.*?)_?(page|layout|error)\.svelte\.js/.exec(source);
	let id: string | null = null;
	if (component) {
		const folder = component[1] === 'fallbacks' ? '' : component[2]!.replace(/\/$/, '');
		id = `${component[3]}:${folder}`;
	}
	return { id, files: [...list(source, 'imports'), ...list(source, 'stylesheets'), ...list(source, 'fonts')] };
}

/** The client entry's files, from SvelteKit's server manifest (.svelte-kit/output/server/manifest.js). */
export function readClientEntry(source: string): string[] {
	const files: string[] = [];
	for (const key of ['start', 'app']) {
		const match = new RegExp(`\\b${key}:\\s*"([^"]+)"`).exec(source);
		if (match) files.push(match[1]!);
	}
	const client = /client:\s*\{([\s\S]*?)\}/.exec(source)?.[1] ?? '';
	for (const key of ['imports', 'stylesheets', 'fonts']) {
		const match = new RegExp(`\\b${key}:\\s*(\\[[^\\]]*\\])`).exec(client);
		if (match) files.push(...(JSON.parse(match[1]!) as string[]));
	}
	return files;
}

/**
 * The set of client-relative paths to precache: the root layout and error page, the chosen
 * routes' pages, the client entry, and the static files above.
 */
export function precacheSet(nodes: readonly string[], manifest: string): Set<string> {
	// SvelteKit names a route's parameter folder [code] as _code_ in its output.
	const wanted = new Set(['layout:', 'error:', ...precachedRoutes.map((r) => `page:${r.replace(/\[(\w+)\]/g, '_$1_')}`)]);
	const keep = new Set<string>([...readClientEntry(manifest), ...precachedStatic]);
	for (const source of nodes) {
		const node = readNode(source);
		if (node.id && wanted.has(node.id)) for (const file of node.files) keep.add(file);
	}
	return keep;
}
