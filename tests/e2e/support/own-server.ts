// A server of the spec file's own, for the specs that need what the shared one cannot give: a
// clock of their own, a database no other worker writes to, or the server's internals. Started
// before the file's first test (a fresh embedded database and the built web app) and closed after
// its last.
import { type Browser, type Page, test, type TestInfo } from "@playwright/test";
import { startTestServer, type TestServer } from "../../support/server.ts";

/** Starts the file's own server before its tests and hands it to `started`; closes it after. */
export function useOwnServer(started: (server: TestServer) => void, options: Parameters<typeof startTestServer>[0] = {}): void {
  let server: TestServer | undefined;
  test.beforeAll(async () => {
    // A fresh database and the web app's first requests take a while on a loaded 2-core machine.
    test.setTimeout(120_000);
    server = await startTestServer({ web: true, ...options });
    started(server);
  });
  test.afterAll(async () => {
    await server?.close();
  });
}

/**
 * A page of the file's own server, in a context of its own as the shared config makes them (the
 * residents' locale and time zone, no service worker), with or without JavaScript as the project says.
 */
export async function ownServerPage(server: TestServer, browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.url,
    javaScriptEnabled: testInfo.project.use.javaScriptEnabled !== false,
    locale: "id-ID",
    timezoneId: "Asia/Makassar",
    serviceWorkers: "block",
  });
  return context.newPage();
}
