// A workshop room's participants, run in a worker thread apart from the server they measure.
// Each participant is one phone without JavaScript: its own cookies, joining at /latihan with
// the code, then answering every filing question with the pages' own form posts (the photo
// step through the upload endpoint with "Lanjutkan" and no photo), then "Kirim laporan" on the
// check-answers page. All participants of a round start together, as in a room told "kirim
// sekarang". Any answer that is not the page's redirect stops the run and is reported.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";

export type RoomConfig = {
  base: string;
  /** One join code per round (a fresh room each round). */
  joinCodes: string[];
  participants: number;
  districtCode: string;
  timeoutMs: number;
};

export type RoomReport = {
  /** Milliseconds of each "Kirim laporan" post (the submission), every round. */
  submitMs: number[];
  /** Milliseconds from joining to the receipt, per participant, every round. */
  journeyMs: number[];
  /** Milliseconds of every other form post (join and each question). */
  stepMs: number[];
  /** Wall time of each round, from the first join to the last receipt. */
  roundMs: number[];
  errors: string[];
};

class Phone {
  private cookies = new Map<string, string>();
  constructor(
    private readonly config: RoomConfig,
    private readonly label: string,
  ) {}

  /** A form post that must answer with a redirect to `expect` (a path prefix). */
  async post(path: string, fields: Record<string, string>, expectTo: string, multipart = false): Promise<number> {
    let body: URLSearchParams | FormData;
    if (multipart) {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      body = form;
    } else body = new URLSearchParams(fields);
    const started = performance.now();
    const response = await fetch(this.config.base + path, {
      method: "POST",
      redirect: "manual",
      // A browser without scripts: it asks for HTML, so the action answers with its redirect.
      headers: { accept: "text/html,application/xhtml+xml", origin: this.config.base, cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
      body,
      signal: AbortSignal.timeout(this.config.timeoutMs),
    });
    const ms = performance.now() - started;
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      const name = pair!.slice(0, at);
      const value = pair!.slice(at + 1);
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const location = response.headers.get("location") ?? "";
    if (response.status !== 303 || !location.startsWith(expectTo)) {
      const text = (await response.text()).replace(/\s+/g, " ");
      const error = /class="error-summary[\s\S]{0,600}/.exec(text)?.[0] ?? text.slice(0, 300);
      throw new Error(`${this.label}: POST ${path} answered ${response.status} → "${location}", expected a redirect to ${expectTo}: ${error}`);
    }
    await response.arrayBuffer().catch(() => undefined);
    return ms;
  }
}

async function participant(config: RoomConfig, joinCode: string, n: number, report: RoomReport): Promise<void> {
  const phone = new Phone(config, `participant ${n}`);
  const started = performance.now();
  const step = async (path: string, fields: Record<string, string>, next: string, multipart = false) =>
    report.stepMs.push(await phone.post(path, fields, next, multipart));
  await step("/latihan", { joinCode, displayName: "" }, "/lapor/jenis");
  await step("/lapor/jenis", { kind: "PENGADUAN" }, "/lapor/kejadian");
  await step("/lapor/kejadian", { title: `Jalan berlubang ${n}`, story: "Lubang besar di depan sekolah, berbahaya untuk anak-anak." }, "/lapor/waktu");
  await step("/lapor/waktu", { "incidentDate-day": "", "incidentDate-month": "", "incidentDate-year": "", dateUnknown: "true" }, "/lapor/lokasi");
  await step("/lapor/lokasi", { districtCode: config.districtCode, villageCode: "", landmark: "Depan SD Inpres" }, "/lapor/kategori");
  await step("/lapor/kategori", { categoryId: "" }, "/lapor/instansi");
  await step("/lapor/instansi", { suggestedAgencyId: "" }, "/lapor/foto");
  await step("/unggah", { kembali: "/lapor/foto", lanjut: "/lapor/privasi" }, "/lapor/privasi", true);
  await step("/lapor/privasi", { privacy: "PUBLIC", reporterName: "" }, "/lapor/kabar");
  await step("/lapor/kabar", { contactPreference: "NONE", reporterPhone: "", reporterEmail: "" }, "/lapor/periksa");
  report.submitMs.push(await phone.post("/lapor/periksa", { clientRequestId: randomUUID() }, "/lapor/terkirim/"));
  report.journeyMs.push(performance.now() - started);
}

async function run(config: RoomConfig): Promise<RoomReport> {
  const report: RoomReport = { submitMs: [], journeyMs: [], stepMs: [], roundMs: [], errors: [] };
  for (const joinCode of config.joinCodes) {
    const started = performance.now();
    const results = await Promise.allSettled(Array.from({ length: config.participants }, (_, i) => participant(config, joinCode, i + 1, report)));
    for (const r of results) if (r.status === "rejected" && report.errors.length < 5) report.errors.push(String(r.reason?.message ?? r.reason));
    report.roundMs.push(performance.now() - started);
    if (report.errors.length > 0) break;
  }
  return report;
}

run(workerData as RoomConfig).then(
  (report) => parentPort!.postMessage({ ok: true, report }),
  (error: unknown) => parentPort!.postMessage({ ok: false, error: String(error) }),
);
