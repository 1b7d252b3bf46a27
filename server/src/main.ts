// Starts Suara: `npm start`. Failures an operator can fix print one clear sentence (Bahasa
// Indonesia, then English) and exit with status 1; SIGINT/SIGTERM shut down gracefully.
import { startServer } from "./app.ts";
import { StartupError } from "./i18n/startup.ts";

async function main(): Promise<void> {
  const started = Date.now();
  const running = await startServer();
  const { env, db } = running;
  // Ready for a signal before saying it runs: whoever reads that line (a supervisor, a test) may
  // stop it at once, and a SIGTERM before the handlers would end it without closing the data.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: Suara berhenti dengan rapi… / shutting down gracefully…`);
    await running.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  console.log(
    `Suara berjalan di ${running.url} (basis data: ${db.kind === "pglite" ? `PGlite ${env.database.kind === "pglite" ? env.database.dataDir : ""}` : "PostgreSQL"}` +
      `${env.demo ? ", mode demo" : ""}) dalam ${Date.now() - started} ms.\n` +
      `Suara is running at ${running.url}.`,
  );
  if (env.demo) console.log("Akun demo / demo accounts: lihat README.md (kata sandi / password: suara-demo-2026)");
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(`Suara tidak dapat mulai. ${error.text.id}\nSuara cannot start. ${error.text.en}`);
  } else {
    console.error("Suara tidak dapat mulai / Suara cannot start:", error);
  }
  process.exit(1);
});
