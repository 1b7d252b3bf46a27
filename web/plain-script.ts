// Builds the one script of the plain pages (src/lib/plain/page.ts): the filing steps that the server
// renders whole and SvelteKit's client never hydrates (`csr = false`, see src/lib/plain/routes.ts).
// SvelteKit builds no entry of our own, so this plugin bundles it with esbuild (already what Vite
// and tsx run on) into one small file:
// - `vite build`: bundled once, named by its content under _app/immutable/ (served with a year's
//   cache and precompressed like SvelteKit's own files), emitted into the client output, and its
//   address given to both builds as __PLAIN_SCRIPT__ (the server writes the <script> tag);
// - `vite dev`: bundled again on every request at a fixed address, so an edit shows on reload.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';

const entry = path.resolve(import.meta.dirname, 'src/lib/plain/page.ts');
const devAddress = '/__suara/plain.js';

function bundle(minify: boolean): string {
	const result = buildSync({
		entryPoints: [entry],
		bundle: true,
		format: 'esm',
		// Phones from about 2019 on (what SvelteKit's own client asks for too).
		target: 'es2020',
		minify,
		legalComments: 'none',
		write: false,
		alias: { $lib: path.resolve(import.meta.dirname, 'src/lib') },
		define: { 'import.meta.env.DEV': JSON.stringify(!minify) }
	});
	const [file] = result.outputFiles;
	if (!file) throw new Error('plain script: esbuild wrote nothing');
	return file.text;
}

/** The built plain script: its address (for the server's <script> tag and the precache) and text. */
export interface PlainScript {
	address: string;
	code: string;
}

export function buildPlainScript(): PlainScript {
	const code = bundle(true);
	const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
	return { address: `/_app/immutable/plain-page.${hash}.js`, code };
}

export function plainScript(built: () => PlainScript): Plugin {
	let serving = false;
	return {
		name: 'suara-plain-script',
		config(_, { command }) {
			serving = command === 'serve';
			return { define: { __PLAIN_SCRIPT__: JSON.stringify(serving ? devAddress : built().address) } };
		},
		configureServer(server) {
			server.middlewares.use(devAddress, (_request, response) => {
				response.setHeader('content-type', 'text/javascript; charset=utf-8');
				response.setHeader('cache-control', 'no-store');
				response.end(bundle(false));
			});
		},
		generateBundle(options) {
			// Only into the client's output (the server build runs through this plugin too).
			const client = this.environment ? this.environment.config.consumer === 'client' : !options.dir?.includes('server');
			if (!client) return;
			const { address, code } = built();
			this.emitFile({ type: 'asset', fileName: address.slice(1), source: code });
		}
	};
}
