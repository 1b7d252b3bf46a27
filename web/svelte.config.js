// SvelteKit configuration for the Suara web app (served by server/src/main.ts through build/handler.js).
import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// Saves a few bytes of client JS on every page.
	compilerOptions: { discloseVersion: false },
	kit: {
		// precompress: static assets are served as .br/.gz, which matters on a slow 3G link.
		adapter: adapter({ out: 'build', precompress: true }),
		// Inline the page CSS so the first paint needs no extra round trip.
		inlineStyleThreshold: 100_000,
		// Built from src/service-worker.ts; $lib/pwa/ServiceWorker.svelte registers it for every
		// visitor (and @vite-pwa/sveltekit writes the precache list into it).
		serviceWorker: { register: false },
		// Absolute asset and script paths: the service worker answers any address offline with a
		// kept page (the offline page at /lacak/<code>, say), whose relative paths would miss.
		paths: { relative: false },
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// SvelteKit's route announcer (the live region that reads each new page's title) has
				// a style attribute; without this exact hash the CSP blocked it on every page with
				// JavaScript (a console error, and the announcer unstyled). Only that one attribute
				// value is allowed, nothing else inline; web/src/csp.test.ts recomputes the hash from
				// the installed SvelteKit, so an upgrade that changes it fails a test.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				// The service worker (/service-worker.js) and the web manifest, both from this site.
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'font-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
