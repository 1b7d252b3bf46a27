// Vite configuration for the web app; `test` configures the vitest unit tests beside their source.
// The service worker (src/service-worker.ts) is built by SvelteKit; @vite-pwa/sveltekit then
// writes the precache list into it (injectManifest), chosen by $lib/pwa/precache.
import fs from 'node:fs';
import path from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { precacheSet } from './src/lib/pwa/precache.js';
import { buildPlainScript, plainFiles, plainScript, type PlainScript } from './plain-script.js';

const output = path.resolve(import.meta.dirname, '.svelte-kit/output');

// The plain pages' script, bundled once per `vite build` (both of its builds need its address).
let plain: PlainScript | undefined;
const plainBuilt = () => (plain ??= buildPlainScript());

/** Keeps the precache to what the pages kept offline need, with client-relative URLs. */
function precacheOnly(entries: Array<{ url: string; revision: string | null; size: number }>) {
	const nodesDir = path.join(output, 'server/nodes');
	const nodes = fs.readdirSync(nodesDir).map((f) => fs.readFileSync(path.join(nodesDir, f), 'utf8'));
	const keep = precacheSet(nodes, fs.readFileSync(path.join(output, 'server/manifest.js'), 'utf8'));
	for (const file of plainFiles(plainBuilt())) keep.add(file.address.slice(1));
	const manifest = entries
		.map((e) => ({ ...e, url: e.url.replace(/^client\//, '') }))
		.filter((e) => keep.has(e.url));
	const missing = [...keep].filter((url) => !manifest.some((e) => e.url === url));
	if (missing.length > 0) return { manifest, warnings: [`precache: not built: ${missing.join(', ')}`] };
	const bytes = manifest.reduce((sum, e) => sum + e.size, 0);
	console.log(`precache: ${manifest.length} files, ${bytes} bytes`);
	return { manifest, warnings: [] };
}

export default defineConfig({
	plugins: [
		plainScript(plainBuilt),
		sveltekit(),
		SvelteKitPWA({
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'service-worker.ts',
			// Registered by $lib/pwa/ServiceWorker.svelte; the manifest is web/static/manifest.webmanifest.
			injectRegister: false,
			manifest: false,
			injectManifest: {
				globPatterns: ['client/**/*.{js,css,png,svg,webmanifest}'],
				// Set (empty) so the kit wrapper adds none of its own patterns (no prerendered pages here).
				modifyURLPrefix: {},
				manifestTransforms: [precacheOnly]
			}
		})
	],
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node'
	}
});
