// Which message keys each resident page can show, found by reading the route's files and every
// file they import (components, helpers, the server load), for easy-read.test.ts. Test-only: it
// reads source files with node:fs and is never imported by the app.
import fs from 'node:fs';
import path from 'node:path';
import { sourceFiles } from '../../../../tests/support/source-files';

/** web/src, the root the route paths below are relative to. */
export const webSrc = path.resolve(import.meta.dirname, '../..');

/**
 * The pages residents read, by URL, with the route folder under web/src/routes. The frame of
 * every page (layout and error page) counts as one more "route": its words show everywhere.
 */
export const residentRoutes: Readonly<Record<string, string>> = {
	'/ (beranda)': '',
	'/lapor': 'lapor',
	'/lapor/jenis': 'lapor/jenis',
	'/lapor/kejadian': 'lapor/kejadian',
	'/lapor/waktu': 'lapor/waktu',
	'/lapor/lokasi': 'lapor/lokasi',
	'/lapor/kategori': 'lapor/kategori',
	'/lapor/serupa': 'lapor/serupa',
	'/lapor/instansi': 'lapor/instansi',
	'/lapor/foto': 'lapor/foto',
	'/lapor/privasi': 'lapor/privasi',
	'/lapor/kabar': 'lapor/kabar',
	'/lapor/periksa': 'lapor/periksa',
	'/lapor/tertunda': 'lapor/tertunda',
	'/lapor/terkirim/<kode>': 'lapor/terkirim/[code]',
	'/lapor/terkirim/<kode>/tentang-anda': 'lapor/terkirim/[code]/tentang-anda',
	'/hapus-jawaban': 'hapus-jawaban',
	'/lupakan': 'lupakan',
	'/lacak': 'lacak',
	'/lacak/<kode>': 'lacak/[code]',
	'/lacak/<kode>/dukung': 'lacak/[code]/dukung',
	'/lacak/<kode>/dukung/kode': 'lacak/[code]/dukung/kode',
	'/pengaturan/tampilan': 'pengaturan/tampilan',
	'/laporan': 'laporan',
	'/sahabat-lapor': 'sahabat-lapor',
	'/sahabat-lapor/<kecamatan>': 'sahabat-lapor/[kecamatan]',
	'/latihan': 'latihan',
	'/statistik': 'statistik',
	'/luring (offline page)': 'luring'
};
export const frameRoute = '(every page: layout, error page)';

/**
 * Every other page folder, by prefix, and why easy-read does not cover it (yet). A new page
 * folder must be added to one list or the other: the test says so.
 */
export const otherRoutes: Readonly<Record<string, string>> = {
	admin: 'administrators',
	kerja: 'staff: verifiers, agency officers, sahabat',
	'lapor/untuk-warga': 'sahabat: starting to file for a resident',
	'lapor/persetujuan': "sahabat: the resident's consent, read back by the sahabat",
	sahabat: 'the kecamatan dashboard of a sahabat, read beside their queue at /kerja',
	'pelatih/[id]/jam': "trainers: their workshop's fast clock, shown on a projector",
	'pelatih/[id]/atur': "trainers: resetting and ending their own workshop",
	'pelatih/[id]/laporan': "trainers: their own workshop's printable report",
	pelatih: 'trainers: their workshops and the projector view of a room',
	komponen: 'the component gallery, for developers',
	uji: 'deliberately broken pages for the accessibility checks',
	akun: 'signed-in accounts: not yet in easy-read',
	daftar: 'signed-in accounts: not yet in easy-read',
	masuk: 'signing in (staff and accounts): not yet in easy-read',
	'lupa-sandi': 'signed-in accounts: not yet in easy-read',
	pemberitahuan: 'signed-in accounts: not yet in easy-read',
	'pengaturan/pemberitahuan': 'signed-in accounts: not yet in easy-read'
};

/** Page folders under web/src/routes ('' for the home page) that are in neither list. */
export function unclassifiedRoutes(): string[] {
	const routes = path.join(webSrc, 'routes');
	const folders = sourceFiles(routes, /(^|\/)\+page\.svelte$/).map((file) =>
		path.relative(routes, path.dirname(file)).split(path.sep).join('/')
	);
	const resident = new Set(Object.values(residentRoutes));
	const other = Object.keys(otherRoutes);
	return folders.filter(
		(folder) => !resident.has(folder) && !other.some((prefix) => folder === prefix || folder.startsWith(`${prefix}/`))
	);
}
const frameFiles = ['routes/+layout.svelte', 'routes/+layout.server.ts', 'routes/+error.svelte'];

/** The message catalogues themselves name every key: reading them would prove nothing. */
const isCatalogue = (file: string) => /^lib\/i18n\/((id|en|id-mudah)\.ts|sections\/|mudah\/)/.test(file);

const pageFiles = ['+page.svelte', '+page.server.ts', '+page.ts'];

function routeEntryFiles(folder: string): string[] {
	return pageFiles
		.map((name) => path.posix.join('routes', folder, name))
		.filter((file) => fs.existsSync(path.join(webSrc, file)));
}

const extensions = ['', '.ts', '.js', '.svelte', '/index.ts'];

/** A web/src-relative file an import specifier points to, or null (packages, $app, $types). */
function resolveImport(from: string, specifier: string): string | null {
	let base: string;
	if (specifier.startsWith('$lib/')) base = path.posix.join('lib', specifier.slice('$lib/'.length));
	else if (specifier === '$lib') base = 'lib';
	else if (specifier.startsWith('.')) base = path.posix.join(path.posix.dirname(from), specifier);
	else return null;
	if (base.endsWith('$types')) return null;
	for (const ext of extensions) {
		const candidate = base + ext;
		const full = path.join(webSrc, candidate);
		if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
	}
	return null;
}

const importPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"\n]+)\1/g;

/** The file and everything it imports inside web/src, message catalogues left out. */
export function filesReachedFrom(entries: readonly string[]): string[] {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const source = fs.readFileSync(path.join(webSrc, file), 'utf8');
		for (const match of source.matchAll(importPattern)) {
			const target = resolveImport(file, match[2]!);
			if (target && !seen.has(target)) queue.push(target);
		}
	}
	return [...seen].filter((file) => !isCatalogue(file)).sort();
}

// A key written whole ('filing.back'), or as a template with parts filled in at run time
// (`filing.${step}.title`, `filing.start.${kind}`): each `${…}` stands for one dotted segment.
const quotedKey = /(['"])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g;
const templateKey = /`([A-Za-z][\w-]*(?:\.(?:[\w-]|\$\{[^`}]*\})+)+)`/g;

function templateToPattern(template: string): RegExp {
	const parts = template.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${parts.join('[^.]+')}$`);
}

/** The message keys a source file mentions, among `allKeys`. */
export function keysInSource(source: string, allKeys: readonly string[]): Set<string> {
	const known = new Set(allKeys);
	const found = new Set<string>();
	for (const match of source.matchAll(quotedKey)) {
		if (known.has(match[2]!)) found.add(match[2]!);
	}
	for (const match of source.matchAll(templateKey)) {
		const pattern = templateToPattern(match[1]!);
		for (const key of allKeys) if (pattern.test(key)) found.add(key);
	}
	return found;
}

export interface KeyUse {
	route: string;
	file: string;
}

/** Every message key residents can see, with the routes and files that show it. */
export function residentKeyUses(allKeys: readonly string[]): Map<string, KeyUse[]> {
	const uses = new Map<string, KeyUse[]>();
	const routes: Array<[string, string[]]> = [
		...Object.entries(residentRoutes).map(([route, folder]): [string, string[]] => [route, routeEntryFiles(folder)]),
		[frameRoute, frameFiles.filter((file) => fs.existsSync(path.join(webSrc, file)))]
	];
	for (const [route, entries] of routes) {
		if (entries.length === 0) throw new Error(`No page files for resident route ${route}`);
		for (const file of filesReachedFrom(entries)) {
			const source = fs.readFileSync(path.join(webSrc, file), 'utf8');
			for (const key of keysInSource(source, allKeys)) {
				const list = uses.get(key) ?? [];
				if (!list.some((u) => u.route === route && u.file === file)) list.push({ route, file });
				uses.set(key, list);
			}
		}
	}
	return uses;
}
