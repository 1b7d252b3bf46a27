// Home: what Suara is, who can help, the three kinds and what happens next. Nothing on it needs
// the framework's client, so a phone on 3G gets the page and one small script.

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;
