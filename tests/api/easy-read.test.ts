// The API speaks easy-read Bahasa Indonesia to whoever chose it on the web (the `mudah=1` cookie
// the display settings store, which the web's in-process calls pass on): status, kind and deadline
// labels, timeline words and field errors. Without it the standard wording; with English chosen,
// English whatever `mudah` says.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

// Saturday 28 November 2026, 10:00 WITA: verification is due on Wednesday 2 December.
let now = new Date("2026-11-28T02:00:00Z");
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: () => now });
});
afterAll(() => server?.close());

const FILE = /* GraphQL */ `
  mutation($i: SubmitComplaintInput!) {
    submitComplaint(input: $i) { accessSecret errors { field message } complaint { id trackingCode } }
  }`;

const TRACK = /* GraphQL */ `
  query($c: String!, $s: String) {
    complaint(trackingCode: $c, accessSecret: $s) {
      statusLabel kindLabel
      deadline { workingDaysLeft label }
      timeline { entry summary statusLabel actorLabel }
    }
  }`;

type Reading = "standard" | "easy" | "english";

/** A browser with these cookies, as the display settings page leaves them. */
function reader(cookies: Record<string, string>): GqlClient {
  const client = server.client();
  for (const [name, value] of Object.entries(cookies)) client.cookies.set(name, value);
  return client;
}

const readers: Array<[string, Reading, Record<string, string>]> = [
  ["no cookie", "standard", {}],
  ["mudah=1", "easy", { mudah: "1" }],
  ["lang=id, mudah=1", "easy", { lang: "id", mudah: "1" }],
  ["mudah=0", "standard", { mudah: "0" }],
  ["mudah=ya", "standard", { mudah: "ya" }],
  ["lang=en", "english", { lang: "en" }],
  ["lang=en, mudah=1", "english", { lang: "en", mudah: "1" }],
];

async function file() {
  const res = await server.client().request(FILE, {
    i: { kind: "PENGADUAN", title: "Jembatan putus", story: "Jembatan kayu di dusun putus.", districtCode: "73.06.06", privacy: "PUBLIC" },
  });
  return res.data.submitComplaint as { accessSecret: string; complaint: { id: string; trackingCode: string } };
}

describe("a complaint waiting to be checked, due today", () => {
  let filed: Awaited<ReturnType<typeof file>>;
  beforeAll(async () => {
    filed = await file();
    now = new Date("2026-12-02T02:00:00Z");
  });

  const expected: Record<Reading, { statusLabel: string; kindLabel: string; deadline: string }> = {
    standard: { statusLabel: "Terkirim, menunggu verifikasi", kindLabel: "Pengaduan", deadline: "Jatuh tempo hari ini" },
    easy: { statusLabel: "Terkirim, menunggu diperiksa petugas", kindLabel: "Pengaduan (ada masalah)", deadline: "Batas waktunya hari ini" },
    english: { statusLabel: "Sent, waiting for verification", kindLabel: "Complaint", deadline: "Due today" },
  };

  it.each(readers)("%s → %s labels", async (_name, reading, cookies) => {
    const res = await reader(cookies).request(TRACK, { c: filed.complaint.trackingCode, s: filed.accessSecret });
    expect(res.errors).toBeUndefined();
    const c = res.data.complaint;
    expect(c.deadline.workingDaysLeft).toBe(0);
    expect({ statusLabel: c.statusLabel, kindLabel: c.kindLabel, deadline: c.deadline.label }).toEqual(expected[reading]);
  });

  // The web lists and filters kinds and statuses from this catalogue: it must say what the rows say.
  it.each(readers)("%s → the label catalogue says the same words", async (_name, reading, cookies) => {
    const res = await reader(cookies).request(`{ kindLabels { kind label hint } statusLabels { status label isOpen } }`);
    expect(res.errors).toBeUndefined();
    const { kindLabels, statusLabels } = res.data as {
      kindLabels: { kind: string; label: string; hint: string }[];
      statusLabels: { status: string; label: string; isOpen: boolean }[];
    };
    expect(kindLabels.map((k) => k.kind)).toEqual(["PENGADUAN", "ASPIRASI", "PERMINTAAN_INFORMASI"]);
    expect(kindLabels.find((k) => k.kind === "PENGADUAN")!.label).toBe(expected[reading].kindLabel);
    expect(kindLabels.every((k) => k.hint.length > 10)).toBe(true);
    expect(statusLabels).toHaveLength(11);
    expect(statusLabels.find((s) => s.status === "SUBMITTED")).toEqual({ status: "SUBMITTED", label: expected[reading].statusLabel, isOpen: true });
    expect(statusLabels.filter((s) => !s.isOpen).map((s) => s.status)).toEqual(["CLOSED", "OUT_OF_SCOPE", "REJECTED", "ARCHIVED"]);
  });
});

describe("the timeline after a verifier passes it to an agency", () => {
  let filed: Awaited<ReturnType<typeof file>>;
  beforeAll(async () => {
    filed = await file();
    const verifier = server.client();
    await server.signInOn(verifier, "verifikator@demo.suara.id");
    const agencies = (await verifier.request(`{ agencies { id shortName } }`)).data.agencies as { id: string; shortName: string }[];
    const agencyId = agencies.find((a) => a.shortName.includes("PUPR"))!.id;
    const act = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } } }`;
    for (const i of [{ action: "verify" }, { action: "dispose", agencyId }]) {
      const res = await verifier.request(act, { i: { complaintId: filed.complaint.id, ...i } });
      expect(res.data.actOnComplaint.errors).toEqual([]);
    }
  });

  // The complaint's status, and the timeline entry of passing it on: what happened, its status, who acted.
  const expected: Record<Reading, [string, string, string, string]> = {
    standard: ["Diteruskan ke instansi", "Diteruskan ke instansi", "Diteruskan ke instansi", "petugas verifikasi"],
    easy: ["Sudah dikirim ke kantor pemerintah", "Dikirim ke kantor pemerintah", "Sudah dikirim ke kantor pemerintah", "petugas pemeriksa"],
    english: ["Passed to an agency", "Passed to an agency", "Passed to an agency", "a verifier"],
  };

  it.each(readers)("%s → %s words", async (_name, reading, cookies) => {
    const res = await reader(cookies).request(TRACK, { c: filed.complaint.trackingCode, s: filed.accessSecret });
    const c = res.data.complaint;
    const disposed = c.timeline.find((e: { entry: string }) => e.entry === "disposed");
    expect([c.statusLabel, disposed.summary, disposed.statusLabel, disposed.actorLabel]).toEqual(expected[reading]);
  });
});

describe("a field error on the filing", () => {
  const expected: Record<Reading, string> = {
    standard: "Pilih salah satu jenis laporan: pengaduan, aspirasi, atau permintaan informasi",
    easy: "Pilih salah satu: pengaduan, aspirasi (usul), atau permintaan informasi",
    english: "Choose a complaint, an aspiration or an information request",
  };

  it.each(readers)("%s → %s sentence", async (_name, reading, cookies) => {
    const res = await reader(cookies).request(FILE, {
      i: { kind: "SURAT", title: "Jembatan putus", story: "Jembatan kayu di dusun putus.", districtCode: "73.06.06", privacy: "PUBLIC" },
    });
    expect(res.data.submitComplaint.errors).toEqual([{ field: "kind", message: expected[reading] }]);
  });
});
