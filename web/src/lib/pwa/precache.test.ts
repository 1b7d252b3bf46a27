import { describe, expect, it } from 'vitest';
import { shellPaths } from './policy';
import { precachedRoutes, precacheSet, readClientEntry, readNode } from './precache';

const node = (index: number, component: string | null, imports: string[], stylesheets: string[] = []) =>
	[
		`export const index = ${index};`,
		component ? `export const component = async () => component_cache ??= (await import('../entries/${component}')).default;` : '',
		`export const imports = ${JSON.stringify(imports)};`,
		`export const stylesheets = ${JSON.stringify(stylesheets)};`,
		'export const fonts = [];'
	].join('\n');

const layout = node(0, 'pages/_layout.svelte.js', ['_app/immutable/nodes/0.a.js', '_app/immutable/chunks/shared.js'], ['_app/immutable/assets/0.css']);
const error = node(1, 'fallbacks/error.svelte.js', ['_app/immutable/nodes/1.a.js']);
const home = node(3, 'pages/_page.svelte.js', ['_app/immutable/nodes/3.a.js', '_app/immutable/chunks/shared.js']);
const jenis = node(29, 'pages/lapor/jenis/_page.svelte.js', ['_app/immutable/nodes/29.a.js', '_app/immutable/chunks/step.js'], ['_app/immutable/assets/Step.css']);
const tracking = node(25, 'pages/lacak/_code_/_page.svelte.js', ['_app/immutable/nodes/25.a.js']);
const staff = node(18, 'pages/kerja/_page.svelte.js', ['_app/immutable/nodes/18.a.js', '_app/immutable/chunks/table.js']);
const serverOnly = node(41, null, []);
const manifest = `export const manifest = { appDir: "_app", client: {start:"_app/immutable/entry/start.x.js",app:"_app/immutable/entry/app.x.js",imports:["_app/immutable/entry/start.x.js","_app/immutable/chunks/runtime.js"],stylesheets:[],fonts:[],uses_env_dynamic_public:false}, nodes: [] };`;

describe('precache', () => {
	it('reads which page a node is and the files it names', () => {
		expect(readNode(jenis)).toEqual({ id: 'page:lapor/jenis', files: ['_app/immutable/nodes/29.a.js', '_app/immutable/chunks/step.js', '_app/immutable/assets/Step.css'] });
		expect(readNode(home).id).toBe('page:');
		expect(readNode(layout).id).toBe('layout:');
		expect(readNode(error).id).toBe('error:');
		expect(readNode(tracking).id).toBe('page:lacak/_code_');
		expect(readNode(serverOnly)).toEqual({ id: null, files: [] });
	});

	it('reads the client entry', () => {
		expect(readClientEntry(manifest)).toEqual([
			'_app/immutable/entry/start.x.js',
			'_app/immutable/entry/app.x.js',
			'_app/immutable/entry/start.x.js',
			'_app/immutable/chunks/runtime.js'
		]);
	});

	it('keeps the resident pages kept offline, the entry, icons and manifest; not the staff pages', () => {
		const keep = precacheSet([layout, error, home, jenis, tracking, staff, serverOnly], manifest);
		for (const file of [
			'_app/immutable/nodes/0.a.js',
			'_app/immutable/assets/0.css',
			'_app/immutable/nodes/1.a.js',
			'_app/immutable/nodes/3.a.js',
			'_app/immutable/nodes/29.a.js',
			'_app/immutable/chunks/step.js',
			'_app/immutable/assets/Step.css',
			'_app/immutable/nodes/25.a.js',
			'_app/immutable/entry/start.x.js',
			'_app/immutable/chunks/runtime.js',
			'manifest.webmanifest',
			'icons/suara-maskable-512.png'
		]) {
			expect(keep, file).toContain(file);
		}
		expect(keep).not.toContain('_app/immutable/nodes/18.a.js');
		expect(keep).not.toContain('_app/immutable/chunks/table.js');
	});
});

describe('what the worker keeps', () => {
	// A kept page whose code is not kept would fail to start offline.
	it('precaches the code of every page it keeps as a shell', () => {
		for (const path of shellPaths) expect(precachedRoutes, path).toContain(path.slice(1));
	});
});
