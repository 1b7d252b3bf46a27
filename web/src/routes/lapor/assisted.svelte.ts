// Is this filing a sahabat's for a resident ("Lapor untuk warga")? The server's draft says so; a
// page the service worker kept for offline use is rendered for nobody, so there the phone's copy
// says it (local-draft.ts marks it whenever the server rendered a step of such a filing). Call
// during a page's or component's set-up.
import { onMount } from 'svelte';
import { assistedOnPhone, rememberAssisted } from './local-draft';

export function assistedFiling(data: () => { assisted?: unknown; shell?: unknown }): { readonly value: boolean } {
	let onPhone = $state(false);
	onMount(() => {
		const { assisted, shell } = data();
		if (assisted === true) void rememberAssisted();
		else if (shell === true) void assistedOnPhone().then((yes) => (onPhone = yes));
	});
	return {
		get value() {
			return data().assisted === true || onPhone;
		}
	};
}
