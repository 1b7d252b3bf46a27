// Is this render a plain page's, for its own script? Only on the server: a plain page never
// hydrates, but a hydrated page's client may open a plain route itself (SvelteKit's router knows
// every route), and then the components must render as on any hydrated page, since no plain
// script runs there. For components; the plain script itself reads routes.ts.
import { browser } from '$app/environment';
import { isPlainRoute } from './routes';

export function rendersPlain(routeId: string | null | undefined): boolean {
	return !browser && isPlainRoute(routeId);
}
