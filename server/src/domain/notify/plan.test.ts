import { describe, expect, it } from "vitest";
import { type Candidate, type ComplaintFacts, type EventFacts, planNotifications } from "./plan.ts";

const complaint = (privacy: ComplaintFacts["privacy"], extra: Partial<ComplaintFacts> = {}): ComplaintFacts => ({
  id: "c1",
  trackingCode: "GWA-7K3P-9Q",
  title: "Jalan berlubang",
  privacy,
  showReporterName: false,
  reporterId: "reporter",
  sahabatId: "sahabat",
  relaySahabatId: null,
  sahabatAccessWithdrawnAt: null,
  districtCode: "73.06.08",
  agencyId: "pupr",
  copiedAgencyIds: ["bpbd"],
  verified: true,
  reporterPhone: "+6281234567890",
  reporterEmail: "ngai@contoh.id",
  agencyName: "Dinas PUPR",
  ...extra,
});

const event = (extra: Partial<EventFacts>): EventFacts => ({
  type: "STATUS_CHANGED",
  actorId: null,
  actorRole: null,
  fromStatus: null,
  toStatus: null,
  note: null,
  visibility: "PUBLIC",
  noteVisibility: null,
  ...extra,
});

const user = (userId: string, roles: { role: string; regionCode?: string; agencyId?: string }[] = [], via: Candidate["via"] = "follow", locale: "id" | "en" = "id"): Candidate => ({
  kind: "user",
  userId,
  locale,
  via,
  roles: roles.map((r) => ({ role: r.role, regionCode: r.regionCode ?? null, agencyId: r.agencyId ?? null })),
});

const PEOPLE: Record<string, Candidate> = {
  reporter: user("reporter", [{ role: "RESIDENT" }], "reporter"),
  sahabat: user("sahabat", [{ role: "SAHABAT", regionCode: "73.06" }], "sahabat"),
  resident: user("resident", [{ role: "RESIDENT" }]),
  verifierIn: user("verifierIn", [{ role: "VERIFIER", regionCode: "73.06" }]),
  verifierOut: user("verifierOut", [{ role: "VERIFIER", regionCode: "73.06.01" }]),
  officerHandling: user("officerHandling", [{ role: "AGENCY_OFFICER", agencyId: "pupr" }]),
  officerCopied: user("officerCopied", [{ role: "AGENCY_OFFICER", agencyId: "bpbd" }]),
  officerOther: user("officerOther", [{ role: "AGENCY_OFFICER", agencyId: "dinkes" }]),
  admin: user("admin", [{ role: "ADMINISTRATOR" }]),
  strangerContact: { kind: "contact", contact: "+6289999999999", locale: "id", via: "follow" },
};

const ANSWER = event({ type: "FOLLOW_UP", actorId: "officerHandling", actorRole: "AGENCY_OFFICER", toStatus: "IN_PROGRESS", note: "Akan diperbaiki pekan depan.", visibility: "PUBLIC" });
const REPLY = event({ type: "REPLY", actorId: "reporter", actorRole: "RESIDENT", note: "Makin dalam.", visibility: "PARTIES" });
const NOTE = event({ type: "FOLLOW_UP", actorId: "verifierIn", actorRole: "VERIFIER", note: "Anggaran darurat.", visibility: "STAFF" });
// A verifier merges this complaint into GWA-AAAA-22: the duplicate's entry, and the original's staff record.
const MERGED = event({ type: "MERGED", actorId: "verifierIn", actorRole: "VERIFIER", fromStatus: "SUBMITTED", toStatus: "ARCHIVED", note: "Laporan asal: GWA-AAAA-22", visibility: "PUBLIC", noteVisibility: "PUBLIC" });
const MERGED_HERE = event({ type: "MERGED", actorId: "verifierIn", actorRole: "VERIFIER", note: "Digabung dari laporan GWA-7K3P-9Q", visibility: "STAFF", noteVisibility: "STAFF" });

// Who hears of each event, per privacy mode: written from the rules, not from the code.
const CASES: Array<[string, EventFacts, ComplaintFacts["privacy"], string[]]> = [
  ["agency answer, publik", ANSWER, "PUBLIC", ["reporter", "sahabat", "resident", "verifierIn", "verifierOut", "officerCopied", "officerOther", "admin", "strangerContact"]],
  ["agency answer, anonim", ANSWER, "ANONYMOUS", ["reporter", "sahabat", "resident", "verifierIn", "verifierOut", "officerCopied", "officerOther", "admin", "strangerContact"]],
  // Copied agencies are told of a confidential complaint like the handling agency; administrators are not told.
  ["agency answer, rahasia", ANSWER, "CONFIDENTIAL", ["reporter", "sahabat", "verifierIn", "officerCopied"]],
  ["reporter's reply, publik", REPLY, "PUBLIC", ["sahabat", "verifierIn", "officerHandling", "officerCopied", "admin"]],
  ["reporter's reply, rahasia", REPLY, "CONFIDENTIAL", ["sahabat", "verifierIn", "officerHandling", "officerCopied"]],
  ["internal note, publik", NOTE, "PUBLIC", ["officerHandling", "officerCopied", "admin"]],
  ["internal note, rahasia", NOTE, "CONFIDENTIAL", ["officerHandling", "officerCopied"]],
  // The duplicate's reporter and everyone who may see it hear where its news comes from now.
  ["merged into the original, publik", MERGED, "PUBLIC", ["reporter", "sahabat", "resident", "verifierOut", "officerHandling", "officerCopied", "officerOther", "admin", "strangerContact"]],
  ["merged into the original, rahasia", MERGED, "CONFIDENTIAL", ["reporter", "sahabat", "officerHandling", "officerCopied"]],
  // The original's record of what was merged into it is staff's, not news.
  ["a duplicate merged into this one", MERGED_HERE, "PUBLIC", []],
];

describe("who hears of an event", () => {
  it.each(CASES)("%s", (_name, e, privacy, expected) => {
    const planned = planNotifications(e, complaint(privacy), Object.values(PEOPLE), "Dinas PUPR");
    const heard = planned.map((p) => p.userId ?? (p.contact === "+6289999999999" ? "strangerContact" : p.contact));
    expect(heard.sort()).toEqual([...expected].sort());
  });
});

describe("the words", () => {
  it("tells the reporter in plain words, naming the agency", () => {
    const [n] = planNotifications(ANSWER, complaint("PUBLIC"), [PEOPLE.reporter!], "Dinas PUPR");
    expect(n!.title).toBe("Dinas PUPR telah menjawab laporan Anda GWA-7K3P-9Q.");
    expect(n!.body).toBe("Judul: Jalan berlubang\nIsi: Akan diperbaiki pekan depan.");
  });

  it("speaks the recipient's language", () => {
    const [n] = planNotifications(ANSWER, complaint("PUBLIC"), [user("reporter", [], "reporter", "en")], "Dinas PUPR");
    expect(n!.title).toBe("Dinas PUPR has answered your complaint GWA-7K3P-9Q.");
  });

  it("says 'complaint X', not 'your complaint', to other followers", () => {
    const [n] = planNotifications(ANSWER, complaint("PUBLIC"), [PEOPLE.resident!], "Dinas PUPR");
    expect(n!.title).toBe("Dinas PUPR telah menjawab laporan GWA-7K3P-9Q.");
  });

  it("never names the reporter, whatever the privacy", () => {
    for (const privacy of ["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"] as const) {
      const c = complaint(privacy, { showReporterName: true });
      for (const e of [ANSWER, REPLY, NOTE]) {
        for (const n of planNotifications(e, c, Object.values(PEOPLE), "Dinas PUPR")) {
          expect(`${n.title} ${n.body}`).not.toMatch(/Daeng|ngai@|6281234567890/);
        }
      }
    }
  });

  it.each([
    [event({ toStatus: "VERIFIED", actorRole: "VERIFIER" }), "Verifikator telah memeriksa laporan Anda GWA-7K3P-9Q."],
    [event({ toStatus: "DISPOSED", fromStatus: "VERIFIED", actorRole: "VERIFIER" }), "Verifikator meneruskan laporan Anda GWA-7K3P-9Q ke Dinas PUPR."],
    [event({ toStatus: "CLOSED", fromStatus: "RESOLVED" }), "Status laporan Anda GWA-7K3P-9Q sekarang: Ditutup."],
    [event({ type: "ESCALATED", visibility: "PUBLIC" }), "Tenggat laporan Anda GWA-7K3P-9Q sudah lewat. Laporan ini perlu perhatian."],
  ])("%# a sentence for each kind of event", (e, title) => {
    const [n] = planNotifications(e, complaint("PUBLIC"), [PEOPLE.reporter!], "Dinas PUPR");
    expect(n!.title).toBe(title);
  });
});

describe("notes and titles reach only who may read them", () => {
  const DISPOSAL = event({
    toStatus: "DISPOSED", fromStatus: "VERIFIED", actorId: "verifierIn", actorRole: "VERIFIER",
    note: "Mohon dicek anggaran pos darurat.", visibility: "PUBLIC", noteVisibility: "STAFF",
  });
  const bodies = (e: EventFacts, c: ComplaintFacts) =>
    Object.fromEntries(planNotifications(e, c, Object.values(PEOPLE), "Dinas PUPR").map((p) => [p.userId ?? "strangerContact", p.body]));

  it("tells everyone of a disposal, and only staff what the verifier wrote to the agency", () => {
    const got = bodies(DISPOSAL, complaint("PUBLIC"));
    for (const who of ["officerHandling", "officerCopied", "admin"]) expect(got[who]).toContain("Mohon dicek");
    for (const who of ["reporter", "sahabat", "resident", "verifierOut", "officerOther", "strangerContact"]) {
      expect(got[who], who).toBeDefined();
      expect(got[who], who).not.toContain("Mohon dicek");
    }
  });

  it("before verification tells the public that it exists, not what it says", () => {
    const filed = event({ type: "SUBMITTED", toStatus: "SUBMITTED" });
    const got = bodies(filed, complaint("PUBLIC", { verified: false }));
    expect(got["resident"]).toBe("Isi laporan ini sedang diperiksa petugas. Isinya tampil setelah diperiksa.");
    expect(got["verifierIn"]).toBe("Judul: Jalan berlubang");
    expect(bodies(filed, complaint("PUBLIC"))["resident"]).toBe("Judul: Jalan berlubang");
  });

  it("a redacted title: the public's followers hear the redacted one, the parties and staff the original", () => {
    const got = bodies(DISPOSAL, complaint("PUBLIC", { title: "Pak Budi minta uang", publicTitle: "Pak [disamarkan] minta uang" }));
    for (const who of ["resident", "verifierOut", "officerOther", "strangerContact"]) expect(got[who], who).toBe("Judul: Pak [disamarkan] minta uang");
    for (const who of ["reporter", "sahabat", "officerHandling", "officerCopied", "admin"]) expect(got[who], who).toContain("Judul: Pak Budi minta uang");
  });
});

describe("the person who acted and duplicates", () => {
  it("does not tell the actor of their own action", () => {
    const planned = planNotifications(ANSWER, complaint("PUBLIC"), [PEOPLE.officerHandling!], "Dinas PUPR");
    expect(planned).toEqual([]);
  });

  it("does not tell a reporter without an account of their own reply (by contact)", () => {
    const contact: Candidate = { kind: "contact", contact: "+6281234567890", locale: "id", via: "reporter" };
    expect(planNotifications(REPLY, complaint("PUBLIC", { reporterId: null }), [contact])).toEqual([]);
    expect(planNotifications(ANSWER, complaint("PUBLIC", { reporterId: null }), [contact], "Dinas PUPR")).toHaveLength(1);
  });

  it("writes a reporter with no channel of their own one notification with no contact, for their sahabat to pass on", () => {
    const throughSahabat: Candidate = { kind: "contact", contact: null, locale: "id", via: "reporter" };
    const assisted = complaint("CONFIDENTIAL", { reporterId: null, reporterPhone: null, reporterEmail: null });
    const planned = planNotifications(ANSWER, assisted, [throughSahabat, throughSahabat, PEOPLE.sahabat!], "Dinas PUPR");
    expect(planned.map((p) => [p.userId, p.contact])).toEqual([
      [null, null],
      ["sahabat", null],
    ]);
    expect(planned[0]!.title).toContain("laporan Anda");
    expect(planNotifications(event({ type: "SUBMITTED", toStatus: "SUBMITTED" }), assisted, [throughSahabat])).toEqual([]);
  });

  it("tells no one of a filing by the reporter or sahabat themselves, only region followers", () => {
    const planned = planNotifications(event({ type: "SUBMITTED", toStatus: "SUBMITTED" }), complaint("PUBLIC"), [PEOPLE.reporter!, PEOPLE.sahabat!, PEOPLE.verifierIn!]);
    expect(planned.map((p) => p.userId)).toEqual(["verifierIn"]);
    expect(planned[0]!.title).toBe("Ada laporan baru: GWA-7K3P-9Q.");
  });

  it("writes one notification per person, as the reporter when they are", () => {
    const planned = planNotifications(ANSWER, complaint("PUBLIC"), [user("reporter", [], "follow"), PEOPLE.reporter!], "Dinas PUPR");
    expect(planned).toHaveLength(1);
    expect(planned[0]!.title).toContain("laporan Anda");
  });

  // A resident who filed alone and hears back through the relay sahabat of their kecamatan.
  const RELAYED = { sahabatId: null, relaySahabatId: "relay", reporterId: null } as const;
  const relay = user("relay", [{ role: "SAHABAT", regionCode: "73.06.08" }], "sahabat");
  const otherSahabat = user("otherSahabat", [{ role: "SAHABAT", regionCode: "73.06.08" }]);
  const relayTask: Candidate = { kind: "contact", contact: null, locale: "id", via: "reporter" };

  it.each<[string, EventFacts, ComplaintFacts["privacy"], Partial<ComplaintFacts>, string[]]>([
    ["an answer on a rahasia complaint reaches the relay and a task for the resident", ANSWER, "CONFIDENTIAL", RELAYED, ["relay", "task"]],
    ["an internal note reaches neither", NOTE, "CONFIDENTIAL", RELAYED, []],
    ["after the resident withdrew access: only the resident's task slot, no sahabat", ANSWER, "CONFIDENTIAL", { ...RELAYED, sahabatAccessWithdrawnAt: new Date("2026-12-01T00:00:00Z") }, ["task"]],
    ["the assignment: the relay sahabat, not the resident", event({ type: "RELAY_ASSIGNED", visibility: "PARTIES" }), "PUBLIC", RELAYED, ["relay"]],
    ["a withdrawal: nobody", event({ type: "SAHABAT_WITHDRAWN", actorRole: "RESIDENT", visibility: "PARTIES" }), "PUBLIC", RELAYED, []],
  ])("relay sahabat: %s", (_name, e, privacy, extra, expected) => {
    const planned = planNotifications(e, complaint(privacy, extra), [relayTask, relay, otherSahabat], "Dinas PUPR");
    expect(planned.map((p) => p.userId ?? (p.contact === null ? "task" : p.contact)).sort()).toEqual([...expected].sort());
  });

  it("tells nobody of a claim", () => {
    expect(planNotifications(event({ type: "CLAIMED", actorRole: "RESIDENT", visibility: "PARTIES" }), complaint("PUBLIC"), Object.values(PEOPLE))).toEqual([]);
  });

  it("treats a contact follower who is not the reporter as the public", () => {
    const planned = planNotifications(REPLY, complaint("PUBLIC"), [PEOPLE.strangerContact!]);
    expect(planned).toEqual([]);
  });
});

describe("merging tells the duplicate's reporter in words", () => {
  it("says the complaint was merged, and names the original's code", () => {
    const [told] = planNotifications(MERGED, complaint("PUBLIC", { verified: false }), [PEOPLE["reporter"]!]);
    expect(told?.title).toContain("GWA-7K3P-9Q");
    expect(told?.title).toMatch(/digabung/);
    expect(told?.body).toContain("GWA-AAAA-22");
  });
});
