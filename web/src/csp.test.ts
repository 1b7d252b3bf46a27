// Was a finding: an inline style was blocked by the CSP on every page. The only style attribute
// rendered is SvelteKit's route announcer; the CSP allows exactly its value by hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../svelte.config.js';

const require = createRequire(import.meta.url);
const kitRoot = path.dirname(require.resolve('@sveltejs/kit/package.json'));

describe('content security policy', () => {
	it("allows SvelteKit's announcer style, by hash, and no other inline style", () => {
		const source = readFileSync(path.join(kitRoot, 'src/core/sync/write_root.js'), 'utf8');
		const style = /id="svelte-announcer"[^>]*style="([^"]+)"/.exec(source)?.[1];
		expect(style).toBeTruthy();
		const hash = `sha256-${createHash('sha256').update(style!).digest('base64')}`;
		const directives = config.kit!.csp!.directives!;
		expect(directives['style-src-attr']).toEqual(['unsafe-hashes', hash]);
		expect(directives['style-src']).not.toContain('unsafe-inline');
	});
});
