// Builds the script of the plain pages (src/lib/plain/page.ts): the pages that the server renders
// whole and SvelteKit's client never hydrates (`csr = false`, see src/lib/plain/routes.ts), and
// its parts that only one page needs (`plainFeatures` in src/lib/plain/features.ts: the check
// page's, the tracking page's live news, the offline outbox's list, the photo step's, the consent
// step's, the sahabat dashboard's live numbers, a signed-in person's live notifications, and the
// photo shrinking the photo and consent parts fetch once a photo is chosen), each a file of its own that the script imports on the page
// that has it, so a filing step carries none of them. SvelteKit builds no entry of our own, so this
// plugin bundles them with esbuild (already what Vite and tsx run on), each file whole (a part
// repeats the few small modules it shares with the script rather than costing a step one more
// request for a shared chunk):
// - `vite build`: bundled once, each named by its content under _app/immutable/ (served with a
//   year's cache and precompressed like SvelteKit's own files), emitted into the client output, and
//   the addresses given to both builds as __PLAIN_SCRIPT__ (the server writes the <script> tag) and
//   __PLAIN_FEATURES__ (the script imports a part; its page preloads it);
// - `vite dev`: bundled again on every request at fixed addresses, so an edit shows on reload.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';
import type { PlainFeature } from './src/lib/plain/features.js';

const entry = path.resolve(import.meta.dirname, 'src/lib/plain/page.ts');
/** The parts, by the names in `plainFeatures` (src/lib/plain/features.ts), and their modules. */
const featureEntries: Record<PlainFeature, string> = {
	// Imported by the photo and consent parts: listed before them.
	shrink: 'src/routes/lapor/foto/resize.ts',
	check: 'src/lib/plain/check.ts',
	live: 'src/lib/plain/live.ts',
	outbox: 'src/lib/plain/outbox.ts',
	photos: 'src/lib/plain/photos.ts',
	consent: 'src/lib/plain/consent.ts',
	dashboard: 'src/lib/plain/dashboard.ts',
	notify: 'src/lib/plain/notify.ts'
};
const devAddress = '/__suara/plain.js';
const devFeatureAddress = (name: string) => `/__suara/plain-${name}.js`;
const featureNames = Object.keys(featureEntries) as PlainFeature[];

function bundle(module: string, minify: boolean, features: Record<PlainFeature, string>): string {
	const result = buildSync({
		entryPoints: [module],
		bundle: true,
		format: 'esm',
		// Phones from about 2019 on (what SvelteKit's own client asks for too).
		target: 'es2020',
		minify,
		legalComments: 'none',
		write: false,
		alias: { $lib: path.resolve(import.meta.dirname, 'src/lib') },
		define: { 'import.meta.env.DEV': JSON.stringify(!minify), __PLAIN_FEATURES__: JSON.stringify(features) }
	});
	const [file] = result.outputFiles;
	if (!file) throw new Error('plain script: esbuild wrote nothing');
	return file.text;
}

/** A built file: its address and text. */
export interface PlainFile {
	address: string;
	code: string;
}

/** The built plain script (its address for the server's <script> tag) and its parts; all are precached. */
export interface PlainScript extends PlainFile {
	features: Record<PlainFeature, PlainFile>;
}

const named = (name: string, code: string): PlainFile => ({
	address: `/_app/immutable/plain-${name}.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`,
	code
});

const addressesOf = (features: Record<PlainFeature, PlainFile>) =>
	Object.fromEntries(featureNames.map((name) => [name, features[name].address])) as Record<PlainFeature, string>;

const devFeatures = Object.fromEntries(featureNames.map((name) => [name, devFeatureAddress(name)])) as Record<PlainFeature, string>;

export function buildPlainScript(): PlainScript {
	// The parts first, in the order listed (a part another imports comes before it: the photo part
	// fetches the shrinking one), each built with the addresses known so far; then the script with
	// all of them.
	const known: Record<PlainFeature, string> = { ...devFeatures };
	const features = {} as Record<PlainFeature, PlainFile>;
	for (const name of featureNames) {
		features[name] = named(name, bundle(path.resolve(import.meta.dirname, featureEntries[name]), true, { ...known }));
		known[name] = features[name].address;
	}
	return { ...named('page', bundle(entry, true, known)), features };
}

/** Every file built, for the client output and the precache. */
export function plainFiles(built: PlainScript): PlainFile[] {
	return [built, ...featureNames.map((name) => built.features[name])];
}

export function plainScript(built: () => PlainScript): Plugin {
	let serving = false;
	return {
		name: 'suara-plain-script',
		config(_, { command }) {
			serving = command === 'serve';
			return {
				define: {
					__PLAIN_SCRIPT__: JSON.stringify(serving ? devAddress : built().address),
					__PLAIN_FEATURES__: JSON.stringify(serving ? devFeatures : addressesOf(built().features))
				}
			};
		},
		configureServer(server) {
			const serve = (address: string, file: string) =>
				server.middlewares.use(address, (_request, response) => {
					response.setHeader('content-type', 'text/javascript; charset=utf-8');
					response.setHeader('cache-control', 'no-store');
					response.end(bundle(file, false, devFeatures));
				});
			serve(devAddress, entry);
			for (const name of featureNames) serve(devFeatureAddress(name), path.resolve(import.meta.dirname, featureEntries[name]));
		},
		generateBundle(options) {
			// Only into the client's output (the server build runs through this plugin too).
			const client = this.environment ? this.environment.config.consumer === 'client' : !options.dir?.includes('server');
			if (!client) return;
			for (const { address, code } of plainFiles(built())) this.emitFile({ type: 'asset', fileName: address.slice(1), source: code });
		}
	};
}
