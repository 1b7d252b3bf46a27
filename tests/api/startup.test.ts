// Start-up as an operator meets it: `main.ts` in its own process. Each mistake an operator can
// make stops start-up with one sentence saying what to fix; SIGTERM shuts down cleanly.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../../scripts/build-server.ts";

const root = path.resolve(import.meta.dirname, "../..");
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
});

/** The sources through tsx, or (`compiled`) the module `npm start` runs (scripts/build-server.ts). */
function start(env: Record<string, string>, compiled = false) {
  const args = compiled ? ["--enable-source-maps", "server/dist/main.mjs"] : ["--import", "tsx", "server/src/main.ts"];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, SERVE_WEB: "false", HOST: "127.0.0.1", PORT: "0", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout, stderr })),
  );
  const listening = async (): Promise<string> => {
    for (let i = 0; i < 600; i++) {
      const match = /running at (http:\/\/\S+)\./.exec(stdout);
      if (match) return match[1]!;
      if (child.exitCode !== null) throw new Error(`exited early: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("did not start within 60 s");
  };
  return { child, exited, listening };
}

/** Kecamatan of the regency, through GraphQL: the migrated and seeded folder answers. */
const regionCount = async (url: string) => {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ regions(parentCode: \"73.06\") { code } }" }),
  });
  return ((await res.json()) as { data: { regions: unknown[] } }).data.regions.length;
};

const scratch = () => mkdtempSync(path.join(tmpdir(), "suara-startup-"));

// A data folder a first start has made (migrated and seeded) and a clean shutdown has closed.
// Tests that need a working folder get a copy: making one costs a process seconds of migrations
// and seeding, and what these tests look at is the process around the folder, not its making.
let template = "";
beforeAll(async () => {
  const dir = scratch();
  const first = start({ DATA_DIR: dir });
  await first.listening();
  first.child.kill("SIGTERM");
  expect((await first.exited).code).toBe(0);
  template = dir;
}, 120_000);

const workingFolder = () => {
  const dir = scratch();
  cpSync(template, dir, { recursive: true });
  return dir;
};

function expectOneSentenceEachLanguage(stderr: string, idPart: string, enPart: string) {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(2);
  expect(lines[0]).toContain(idPart);
  expect(lines[1]).toContain(enPart);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
}

// Each test starts real processes (PGlite boot, migrations, seed): on a loaded 2-core machine
// that can take a while, so these tests get room; nothing here measures speed.
describe("start-up failures an operator can fix", { timeout: 120_000 }, () => {
  it("a DATABASE_URL that is not PostgreSQL", async () => {
    const { code, stderr } = await start({ DATABASE_URL: "mysql://localhost/suara" }).exited;
    expect(code).toBe(1);
    expectOneSentenceEachLanguage(stderr, "DATABASE_URL", "DATABASE_URL");
  });

  it("a PostgreSQL server that is not there", async () => {
    const { code, stderr } = await start({ DATABASE_URL: "postgresql://suara@127.0.0.1:1/suara" }).exited;
    expect(code).toBe(1);
    expectOneSentenceEachLanguage(
      stderr,
      "Tidak dapat terhubung ke PostgreSQL di 127.0.0.1:1/suara",
      "Cannot connect to PostgreSQL at 127.0.0.1:1/suara",
    );
  });

  it("a port already in use", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", r));
    const port = (blocker.address() as { port: number }).port;
    const { code, stderr } = await start({ PORT: String(port), DATA_DIR: workingFolder() }).exited;
    blocker.close();
    expect(code).toBe(1);
    expectOneSentenceEachLanguage(stderr, `Port ${port} sudah dipakai`, `Port ${port} is already in use`);
  });

  it.each([
    ["a damaged folder", (dir: string) => {
      mkdirSync(path.join(dir, "pglite"), { recursive: true });
      writeFileSync(path.join(dir, "pglite", "PG_VERSION"), "rubbish");
    }],
    ["a file where the folder should be", (dir: string) => writeFileSync(path.join(dir, "pglite"), "not a folder")],
  ])("a broken data folder: %s", async (_name, breakIt) => {
    const dir = scratch();
    breakIt(dir);
    const { code, stderr } = await start({ DATA_DIR: dir }).exited;
    expect(code).toBe(1);
    expectOneSentenceEachLanguage(stderr, "rusak atau bukan basis data Suara", "is damaged or is not a Suara database");
  });
});

describe("one process per data folder, and a clean shutdown", () => {
  /** A further process on the folder is turned away, naming the one that holds it. */
  const expectRefused = async (dir: string, holder: ChildProcess) => {
    const { code, stderr } = await start({ DATA_DIR: dir }).exited;
    expect(code).toBe(1);
    expectOneSentenceEachLanguage(stderr, `sedang dipakai proses lain (pid ${holder.pid})`, `is in use by another process (pid ${holder.pid})`);
  };


  // One folder through the life an operator's host gives it (each process start costs seconds,
  // so the cases share them). Was a finding: the lock was a PID file, so a stale or foreign PID
  // let two processes write.
  it("refuses a second process while one holds the folder; the lock is the kernel's (kill -9 frees it, a leftover PID file blocks nothing); SIGTERM shuts down cleanly and the data stays", async () => {
    const dir = workingFolder();
    const first = start({ DATA_DIR: dir });
    const url = await first.listening();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    await expectRefused(dir, first.child);

    // Killed outright, the first leaves no lock behind: the next process starts at once.
    first.child.kill("SIGKILL");
    await first.exited;
    const second = start({ DATA_DIR: dir });
    expect(await regionCount(await second.listening())).toBe(18);
    // … and it holds the lock itself.
    await expectRefused(dir, second.child);
    second.child.kill("SIGTERM");
    expect((await second.exited).code).toBe(0);

    // A lock file naming a live process that does not hold the lock (here: pid 1) does not block,
    // and the folder is reusable after the clean shutdown, with the data still there.
    writeFileSync(path.join(dir, "pglite.lock"), "1");
    const third = start({ DATA_DIR: dir });
    expect(await regionCount(await third.listening())).toBe(18);
    third.child.kill("SIGTERM");
    expect((await third.exited).code).toBe(0);
  }, 120_000);
});

describe("the compiled service", () => {
  it("`npm start` runs: it finds the migrations and the data folder from server/dist, answers, and stops cleanly", async () => {
    await buildServer();
    const dir = workingFolder();
    const compiled = start({ DATA_DIR: dir }, true);
    expect(await regionCount(await compiled.listening())).toBe(18);
    compiled.child.kill("SIGTERM");
    expect((await compiled.exited).code).toBe(0);
  }, 120_000);
});
