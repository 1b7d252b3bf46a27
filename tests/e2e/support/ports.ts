// Where the browser tests' servers listen. SUARA_E2E_PORT lets two runs share a machine (e.g. the
// e2e and a11y projects side by side); the local mail server sits a fixed distance above it.
export const e2ePort = Number(process.env["SUARA_E2E_PORT"] ?? 3199);
export const mailPorts = { smtp: e2ePort + 1000, http: e2ePort + 1001 };
export const mailboxURL = `http://127.0.0.1:${mailPorts.http}`;
