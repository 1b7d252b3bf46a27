// Whether this render is a plain page's (rendering.ts), for components deep in a page that would
// otherwise need the route: the root layout says it once for everything under it. Rendered
// anywhere else (a component's own test), it is not.
import { getContext, setContext } from 'svelte';

const key = Symbol('plain render');

export function setPlainRender(plain: () => boolean): void {
	setContext(key, plain);
}

export function isPlainRender(): boolean {
	return getContext<(() => boolean) | undefined>(key)?.() ?? false;
}
