// `npm run bench:web`: Lighthouse 12 in its default mobile mode (a mid-range phone, simulated slow
// 4G and a 4x slower CPU) against the built app on the embedded database with the demo data, for
// the pages the issue names: the start page, a filing step, a demo tracking page, the staff queue
// (as the demo verifier) and the sahabat dashboard (as the demo sahabat). Prints performance,
// accessibility and best-practices scores, LCP, TBT, CLS and the JavaScript bytes (as sent, on the
// wire) per page. A benchmark, not a test: it fails only when it cannot measure.
//
// The floor in the same run: a bare page (static HTML of a heading and two paragraphs, no script,
// from a plain node:http server) measured the same way; each page's LCP is also printed as a ratio
// to the bare page's, so a slow machine or browser shows in the floor rather than in Suara's figures.
// "seen LCP" is when the largest text or image really painted in the unthrottled run; Lighthouse's
// LCP is its simulation of a slow phone on slow 4G from that run's trace.
//
// Needs Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). The full reports are written
// to a scratch folder (printed at the end) to read an audit's details. Runs one page at a time:
// Lighthouse's simulated timings come from one uncontended trace.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startServer } from "../../server/src/app.ts";
import { SESSION_COOKIE } from "../../server/src/auth/session.ts";
import { DEMO_PASSWORD, demoEmail } from "../support/demo.ts";
import { giveDemoCode } from "../support/second-factor.ts";

const root = path.resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(path.join(os.tmpdir(), "suara-bench-web-"));
// Chromium and Lighthouse write their profiles and traces here, not in a shared /tmp.
process.env.TMPDIR = scratch;

// Build first when the web sources changed since the last build (as `npm start` does).
execFileSync(process.execPath, [...process.execArgv, path.join(root, "scripts/ensure-build.ts")], { stdio: "inherit", cwd: root });

const server = await startServer({
  env: {
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: path.join(scratch, "data"),
    DEMO: "true",
    SCHEDULER_INTERVAL_MS: "0",
    OUTBOX_INTERVAL_MS: "0",
    // Lighthouse and the sign-ins come from this machine: no per-client limits in the way.
    LIMIT_TRUSTED_ADDRESSES: "127.0.0.1,::1",
  },
});

/** A signed-in session's cookie for a demo staff account: password, then its authenticator code. */
async function sessionCookie(email: string): Promise<string> {
  let session: string | undefined;
  const request = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(session ? { cookie: session } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    session =
      response.headers
        .getSetCookie()
        .map((c) => c.split(";")[0]!)
        .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`)) ?? session;
    return (await response.json()) as { data: any };
  };
  const signedIn = await request("mutation($i: SignInInput!) { signIn(input: $i) { next errors { field code } } }", {
    i: { email, password: DEMO_PASSWORD },
  });
  if (!session || signedIn.data.signIn.errors.length > 0) throw new Error(`signing in as ${email} gave no session cookie`);
  // The demo staff accounts have authenticator apps (their secrets are in the README).
  if (signedIn.data.signIn.next === "CODE") await giveDemoCode({ request }, email);
  return session;
}

type Page = { name: string; path: string; cookie?: string; origin?: string };

/** The bare page: what any site costs in this browser on this machine, with nothing of Suara's. */
const barePage = `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Halaman polos</title><meta name="description" content="Halaman polos untuk pembanding."><style>body{font:1.1875rem/1.5 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem}</style></head>
<body><main><h1>Jenis laporan</h1><p>Pilih jenis laporan Anda: pengaduan, aspirasi, atau permintaan informasi.</p>
<p>Halaman ini tidak memuat skrip apa pun: ini batas bawah yang bisa dicapai peramban dan mesin ini.</p></main></body></html>`;
const bare = http.createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(barePage) });
  res.end(barePage);
});
await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
const bareOrigin = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

interface Row {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcp: number;
  /** When the page really painted its largest text or image in this run, unthrottled. */
  observedLcp: number;
  tbt: number;
  cls: number;
  scriptKiB: number;
  failing: string[];
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

let chrome: chromeLauncher.LaunchedChrome | undefined;
let failed = false;
const rows: Row[] = [];
try {
  const complaint = await server.deps.db.prisma.complaint.findFirst({
    where: { isSandbox: false, privacy: "PUBLIC" },
    orderBy: { submittedAt: "asc" },
    select: { trackingCode: true },
  });
  if (!complaint) throw new Error("the demo data filed no public complaint");
  const pages: Page[] = [
    { name: "bare page (floor)", path: "/", origin: bareOrigin },
    { name: "start page", path: "/" },
    { name: "filing step", path: "/lapor/jenis" },
    { name: "tracking page", path: `/lacak/${complaint.trackingCode}` },
    { name: "staff queue", path: "/kerja", cookie: await sessionCookie(demoEmail.verifier) },
    { name: "sahabat dashboard", path: "/sahabat", cookie: await sessionCookie(demoEmail.sahabat) },
  ];

  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
    userDataDir: mkdirSync(path.join(scratch, "chromium"), { recursive: true }),
  });
  for (const page of pages) {
    const result = await lighthouse(
      (page.origin ?? server.url) + page.path,
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
      },
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (new URL(lhr.finalDisplayedUrl).pathname !== page.path) {
      throw new Error(`${page.path} ended on ${lhr.finalDisplayedUrl} (signed out?)`);
    }
    writeFileSync(path.join(scratch, `${page.name.replaceAll(" ", "-")}.json`), JSON.stringify(lhr, null, 1));
    const audits = lhr.audits;
    const summary = (audits["resource-summary"]?.details as { items?: Array<{ resourceType: string; transferSize: number }> } | undefined)?.items ?? [];
    const scripts = summary.find((item) => item.resourceType === "script")?.transferSize ?? 0;
    // Audits that count in a category's score and did not pass: what keeps a score from 100.
    const failing = Object.values(lhr.categories)
      .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ({ category: category.id, audit: audits[ref.id]! })))
      .filter(({ category, audit }) => category !== "performance" && audit.score !== null && audit.score < 1)
      .map(({ category, audit }) => `${category}: ${audit.id} (${audit.title})`);
    rows.push({
      page: `${page.name} ${page.path.startsWith("/lacak/") ? "/lacak/<code>" : page.path}`,
      performance: score(lhr.categories.performance?.score),
      accessibility: score(lhr.categories.accessibility?.score),
      bestPractices: score(lhr.categories["best-practices"]?.score),
      lcp: audits["largest-contentful-paint"]?.numericValue ?? NaN,
      observedLcp: (audits["metrics"]?.details as { items?: Array<{ observedLargestContentfulPaint?: number }> } | undefined)?.items?.[0]?.observedLargestContentfulPaint ?? NaN,
      tbt: audits["total-blocking-time"]?.numericValue ?? NaN,
      cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
      scriptKiB: scripts / 1024,
      failing,
    });
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await chrome?.kill();
  await server.close();
  bare.close();
}

if (rows.length > 0) {
  const header = ["page", "perf", "a11y", "best pr.", "LCP s", "× bare", "seen LCP s", "TBT ms", "CLS", "JS KiB"];
  const floor = rows[0]!.lcp;
  const table = rows.map((r) => [
    r.page,
    String(r.performance),
    String(r.accessibility),
    String(r.bestPractices),
    (r.lcp / 1000).toFixed(2),
    (r.lcp / floor).toFixed(2),
    (r.observedLcp / 1000).toFixed(2),
    r.tbt.toFixed(0),
    r.cls.toFixed(3),
    r.scriptKiB.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  // Lighthouse multiplies the main thread's observed work by 4: other work on the machine shows.
  const load = os.loadavg()[0]!.toFixed(1);
  console.log(`\nLighthouse 12, mobile (simulated throttling), built app with the demo data (load average ${load} on ${os.cpus().length} cores):\n`);
  console.log(line(header));
  for (const row of table) console.log(line(row));
  for (const r of rows) for (const f of r.failing) console.log(`  ${r.page}: ${f}`);
  console.log(`\nFull reports: ${scratch}`);
}
process.exit(failed ? 1 : 0);
