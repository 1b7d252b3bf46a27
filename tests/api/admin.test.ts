// The administrator's API: only administrators may read or write it, every write leaves an audit
// entry, nobody locks themselves out, disabling an account signs it out, and a holiday entered
// here moves the deadlines of complaints filed afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedReferenceData } from "../../server/src/db/seed/index.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

// Monday 1 March 2027, 10:00 in Gowa (WITA, UTC+8).
let clock = new Date("2027-03-01T02:00:00Z");
let server: TestServer;
let admin: GqlClient;
const clients: Record<string, GqlClient> = {};

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  admin = await server.signedIn("admin@demo.suara.id");
  clients["anonymous"] = server.client();
  clients["resident"] = await server.signedIn("warga@demo.suara.id");
  clients["verifier"] = await server.signedIn("verifikator@demo.suara.id");
  clients["officer"] = await server.signedIn("petugas.pupr@demo.suara.id");
  clients["trainer"] = await server.signedIn("pelatih@demo.suara.id");
}, 60_000);
afterAll(() => server?.close());

const ids = async () => {
  const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "warga@demo.suara.id" } });
  const agency = await server.db.prisma.agency.findFirstOrThrow({ where: { isSandbox: false } });
  const category = await server.db.prisma.category.findFirstOrThrow();
  const grant = await server.db.prisma.userRole.findFirstOrThrow({ where: { userId: user.id } });
  return { user: user.id, agency: agency.id, category: category.id, grant: grant.id };
};

/** Every admin operation, with arguments that would succeed for an administrator. */
const OPERATIONS = (x: Awaited<ReturnType<typeof ids>>): [string, string, Record<string, unknown>][] => [
  ["adminUsers", `{ adminUsers(first: 5) { edges { node { id email phone } } } }`, {}],
  ["adminUser", `query($id: ID!) { adminUser(id: $id) { id email grants { role } } }`, { id: x.user }],
  ["adminAgencies", `{ adminAgencies { id phone } }`, {}],
  ["adminAgency", `query($id: ID!) { adminAgency(id: $id) { id } }`, { id: x.agency }],
  ["adminCategories", `{ adminCategories { id routes { id } } }`, {}],
  ["adminCategory", `query($id: ID!) { adminCategory(id: $id) { id } }`, { id: x.category }],
  ["adminRegions", `{ adminRegions { code } }`, {}],
  ["holidays", `{ holidays(year: 2027) { date } }`, {}],
  ["holiday", `{ holiday(date: "2027-12-25") { date } }`, {}],
  ["auditEntries", `{ auditEntries(first: 5) { edges { node { action } } } }`, {}],
  ["adminChanges", `{ adminChanges(first: 5) { edges { node { action actor { name } } } } }`, {}],
  ["createStaffAccount", `mutation { createStaffAccount(input: { name: "X", email: "x@contoh.id", password: "panjang sekali" }) { errors { code } } }`, {}],
  ["grantRole", `mutation($u: ID!) { grantRole(input: { userId: $u, role: "TRAINER" }) { errors { code } } }`, { u: x.user }],
  ["revokeRole", `mutation($g: ID!) { revokeRole(grantId: $g) { errors { code } } }`, { g: x.grant }],
  ["setAccountDisabled", `mutation($u: ID!) { setAccountDisabled(userId: $u, disabled: true) { errors { code } } }`, { u: x.user }],
  ["saveAgency", `mutation { saveAgency(input: { name: "Dinas X", shortName: "DX" }) { errors { code } } }`, {}],
  ["saveCategory", `mutation { saveCategory(input: { nameId: "X", nameEn: "X" }) { errors { code } } }`, {}],
  ["saveRoutingRule", `mutation($c: ID!, $a: ID!) { saveRoutingRule(input: { categoryId: $c, agencyId: $a }) { errors { code } } }`, { c: x.category, a: x.agency }],
  ["removeRoutingRule", `mutation { removeRoutingRule(ruleId: "nope") { errors { code } } }`, {}],
  ["saveHoliday", `mutation { saveHoliday(input: { date: "2027-03-31", nameId: "X", kind: "LOCAL" }) { errors { code } } }`, {}],
  ["removeHoliday", `mutation { removeHoliday(date: "2027-12-25") { errors { code } } }`, {}],
];

describe("only administrators", () => {
  const VIEWERS = ["anonymous", "resident", "verifier", "officer", "trainer"];
  it.each(VIEWERS)("%s is refused every admin query and mutation, and nothing changes", async (viewer) => {
    const before = await server.db.prisma.auditLog.count({ where: { action: { startsWith: "admin." } } });
    const holidaysBefore = await server.db.prisma.holiday.count();
    for (const [name, query, variables] of OPERATIONS(await ids())) {
      const res = await clients[viewer]!.request(query, variables);
      expect(res.errors?.[0]?.extensions?.code, `${viewer} · ${name}`).toBe(viewer === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
      expect(res.data?.[name] ?? null, `${viewer} · ${name}`).toBeNull();
    }
    expect(await server.db.prisma.auditLog.count({ where: { action: { startsWith: "admin." } } })).toBe(before);
    expect(await server.db.prisma.holiday.count()).toBe(holidaysBefore);
    expect(await server.db.prisma.user.count({ where: { email: "x@contoh.id" } })).toBe(0);
  });
});

const lastAudit = () => server.db.prisma.auditLog.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
const CREATE = `mutation($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { user { id name email grants { role } } errors { field code message } } }`;
const GRANT = `mutation($i: GrantRoleInput!) { grantRole(input: $i) { user { grants { id role region { code name } agency { shortName } } } errors { field code message } } }`;
const REVOKE = `mutation($g: ID!) { revokeRole(grantId: $g) { user { grants { role } } errors { field code message } } }`;
const DISABLE = `mutation($u: ID!, $d: Boolean!) { setAccountDisabled(userId: $u, disabled: $d) { user { disabledAt activeSessionCount } errors { field code message } } }`;

describe("accounts and roles", () => {
  it("creates a staff account, grants a verifier role for a kecamatan, and audits both", async () => {
    const bad = await admin.request(CREATE, { i: { name: "", email: "verifikator@demo.suara.id", password: "pendek" } });
    expect(bad.data.createStaffAccount.errors.map((e: { field: string; code: string }) => `${e.field}.${e.code}`)).toEqual([
      "accountName.required",
      "accountPassword.too_short",
    ]);
    const taken = await admin.request(CREATE, { i: { name: "Andi", email: "VERIFIKATOR@demo.suara.id", password: "panjang sekali" } });
    expect(taken.data.createStaffAccount.errors).toMatchObject([{ field: "accountEmail", code: "taken" }]);

    const made = await admin.request(CREATE, { i: { name: "Andi Baso", email: "andi@gowakab.go.id", password: "kopi pagi di pasar" } });
    expect(made.data.createStaffAccount).toMatchObject({ errors: [], user: { name: "Andi Baso", email: "andi@gowakab.go.id", grants: [] } });
    const userId = made.data.createStaffAccount.user.id;
    const created = await lastAudit();
    expect(created).toMatchObject({ action: "admin.account.create", entityId: userId });
    expect(JSON.stringify(created.data)).not.toContain("kopi");

    const missing = await admin.request(GRANT, { i: { userId, role: "VERIFIER" } });
    expect(missing.data.grantRole.errors).toMatchObject([{ field: "grantRegionCode", code: "required" }]);
    const outside = await admin.request(GRANT, { i: { userId, role: "VERIFIER", regionCode: "73.71" } });
    expect(outside.data.grantRole.errors).toMatchObject([{ field: "grantRegionCode", code: "not_in_regency" }]);

    const granted = await admin.request(GRANT, { i: { userId, role: "VERIFIER", regionCode: "73.06.08" } });
    expect(granted.data.grantRole.errors).toEqual([]);
    expect(granted.data.grantRole.user.grants).toMatchObject([{ role: "VERIFIER", region: { code: "73.06.08" } }]);
    expect(await lastAudit()).toMatchObject({ action: "admin.role.grant", entityId: userId, data: { role: "VERIFIER", regionCode: "73.06.08" } });
    const again = await admin.request(GRANT, { i: { userId, role: "VERIFIER", regionCode: "73.06.08" } });
    expect(again.data.grantRole.errors).toMatchObject([{ field: "grantRole", code: "taken" }]);

    // The new verifier signs in with the initial password and is a verifier at once.
    const andi = await server.signedIn("andi@gowakab.go.id", { password: "kopi pagi di pasar" });
    expect((await andi.request(`{ viewer { roles } }`)).data.viewer.roles).toEqual(["VERIFIER"]);

    const grantId = granted.data.grantRole.user.grants[0].id;
    const revoked = await admin.request(REVOKE, { g: grantId });
    expect(revoked.data.revokeRole).toEqual({ user: { grants: [] }, errors: [] });
    expect(await lastAudit()).toMatchObject({ action: "admin.role.revoke", entityId: userId, data: { grantId, role: "VERIFIER" } });
  });

  it("gives an agency officer an agency, never a workshop-only scope", async () => {
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "andi@gowakab.go.id" } });
    const noAgency = await admin.request(GRANT, { i: { userId: user.id, role: "AGENCY_OFFICER" } });
    expect(noAgency.data.grantRole.errors).toMatchObject([{ field: "grantAgencyId", code: "required" }]);
    const pupr = await server.db.prisma.agency.findFirstOrThrow({ where: { shortName: "Dinas PUPR", isSandbox: false } });
    const ok = await admin.request(GRANT, { i: { userId: user.id, role: "AGENCY_OFFICER", agencyId: pupr.id } });
    expect(ok.data.grantRole.user.grants).toMatchObject([{ role: "AGENCY_OFFICER", agency: { shortName: "Dinas PUPR" } }]);
  });

  it("does not let an administrator remove their own last administrator role or disable themselves", async () => {
    const me = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "admin@demo.suara.id" }, include: { roles: true } });
    const adminGrant = me.roles.find((r) => r.role === "ADMINISTRATOR")!;
    const before = await server.db.prisma.auditLog.count();
    const res = await admin.request(REVOKE, { g: adminGrant.id });
    expect(res.data.revokeRole.errors).toMatchObject([{ field: "grant", code: "self_lockout", message: expect.stringContaining("administrator terakhir") }]);
    const off = await admin.request(DISABLE, { u: me.id, d: true });
    expect(off.data.setAccountDisabled.errors).toMatchObject([{ field: "account", code: "self_lockout" }]);
    expect(await server.db.prisma.userRole.count({ where: { id: adminGrant.id } })).toBe(1);
    expect(await server.db.prisma.auditLog.count()).toBe(before);
  });

  it("disabling an account revokes its sessions, so it is signed out everywhere; enabling lets it sign in again", async () => {
    const phone = await server.signedIn("andi@gowakab.go.id", { password: "kopi pagi di pasar" });
    const laptop = await server.signedIn("andi@gowakab.go.id", { password: "kopi pagi di pasar" });
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "andi@gowakab.go.id" } });
    const off = await admin.request(DISABLE, { u: user.id, d: true });
    expect(off.data.setAccountDisabled).toMatchObject({ errors: [], user: { activeSessionCount: 0 } });
    expect(off.data.setAccountDisabled.user.disabledAt).toBeTruthy();
    expect(await server.db.prisma.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await lastAudit()).toMatchObject({ action: "admin.account.disable", entityId: user.id });
    for (const client of [phone, laptop]) expect((await client.request(`{ viewer { id } }`)).data.viewer).toBeNull();
    const refused = await server.client().request(`mutation { signIn(input: { email: "andi@gowakab.go.id", password: "kopi pagi di pasar" }) { errors { code } } }`);
    expect(refused.data.signIn.errors).toEqual([{ code: "invalid_credentials" }]);

    const on = await admin.request(DISABLE, { u: user.id, d: false });
    expect(on.data.setAccountDisabled).toMatchObject({ errors: [], user: { disabledAt: null } });
    expect(await lastAudit()).toMatchObject({ action: "admin.account.enable", entityId: user.id });
    await server.signedIn("andi@gowakab.go.id", { password: "kopi pagi di pasar" });
  });

  it("finds accounts by name, e-mail or phone; without a search lists staff only", async () => {
    const names = async (search?: string) =>
      (await admin.request(`query($s: String) { adminUsers(first: 50, search: $s) { edges { node { name } } } }`, { s: search ?? null })).data.adminUsers.edges.map(
        (e: { node: { name: string } }) => e.node.name,
      );
    const staff = await names();
    expect(staff).toContain("Andi Baso");
    const resident = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "warga@demo.suara.id" } });
    expect(staff).not.toContain(resident.name);
    expect(await names("WARGA@demo")).toEqual([resident.name]);
    expect(await names("andi b")).toEqual(["Andi Baso"]);
  });
});

describe("agencies, categories and routing", () => {
  it("creates and edits an agency, deactivates it, and audits each change", async () => {
    const SAVE = `mutation($i: AgencyInput!) { saveAgency(input: $i) { agency { id name shortName phone email active isSandbox } errors { field code } } }`;
    const bad = await admin.request(SAVE, { i: { name: "", shortName: "", phone: "12" } });
    expect(bad.data.saveAgency.errors.map((e: { field: string }) => e.field)).toEqual(["agencyName", "agencyShortName", "agencyPhone"]);
    const made = await admin.request(SAVE, { i: { name: "Dinas Pariwisata", shortName: "Dispar", phone: "0411 861 234" } });
    expect(made.data.saveAgency.agency).toMatchObject({ name: "Dinas Pariwisata", phone: "+62411861234", active: true, isSandbox: false });
    const id = made.data.saveAgency.agency.id;
    expect(await lastAudit()).toMatchObject({ action: "admin.agency.create", entityId: id });
    const closed = await admin.request(SAVE, { i: { id, name: "Dinas Pariwisata", shortName: "Dispar", active: false } });
    expect(closed.data.saveAgency.agency).toMatchObject({ active: false, phone: "" });
    expect(await lastAudit()).toMatchObject({ action: "admin.agency.update", entityId: id });
    // A deactivated agency is no longer offered to anyone.
    const offered = (await server.client().request(`{ agencies { id } }`)).data.agencies.map((a: { id: string }) => a.id);
    expect(offered).not.toContain(id);
  });

  it("routes a category per kecamatan or regency-wide, never to a workshop agency", async () => {
    const SAVE = `mutation($i: RoutingRuleInput!) { saveRoutingRule(input: $i) { category { routes { id region { code } agency { shortName } } } errors { field code } } }`;
    const category = await server.db.prisma.category.findFirstOrThrow({ where: { slug: "jalan-jembatan" } });
    const sandbox = await server.db.prisma.agency.findFirstOrThrow({ where: { isSandbox: true } });
    const bpbd = await server.db.prisma.agency.findFirstOrThrow({ where: { shortName: "BPBD", isSandbox: false } });
    const refused = await admin.request(SAVE, { i: { categoryId: category.id, regionCode: "73.06.08", agencyId: sandbox.id } });
    expect(refused.data.saveRoutingRule.errors).toEqual([{ field: "routeAgencyId", code: "sandbox_agency" }]);

    const saved = await admin.request(SAVE, { i: { categoryId: category.id, regionCode: "73.06.08", agencyId: bpbd.id } });
    expect(saved.data.saveRoutingRule.errors).toEqual([]);
    const rule = saved.data.saveRoutingRule.category.routes.find((r: { region: { code: string } | null }) => r.region?.code === "73.06.08");
    expect(rule.agency.shortName).toBe("BPBD");
    expect(await lastAudit()).toMatchObject({ action: "admin.route.save", entityId: category.id, data: { regionCode: "73.06.08", agencyId: bpbd.id } });
    // The same place again replaces its rule instead of adding a second one.
    const pupr = await server.db.prisma.agency.findFirstOrThrow({ where: { shortName: "Dinas PUPR", isSandbox: false } });
    await admin.request(SAVE, { i: { categoryId: category.id, regionCode: "73.06.08", agencyId: pupr.id } });
    expect(await server.db.prisma.categoryRoute.count({ where: { categoryId: category.id, regionCode: "73.06.08" } })).toBe(1);
    const wide = await server.db.prisma.categoryRoute.count({ where: { categoryId: category.id, regionCode: null } });
    await admin.request(SAVE, { i: { categoryId: category.id, agencyId: pupr.id } });
    expect(await server.db.prisma.categoryRoute.count({ where: { categoryId: category.id, regionCode: null } })).toBe(Math.max(wide, 1));

    const removed = await admin.request(`mutation($r: ID!) { removeRoutingRule(ruleId: $r) { errors { code } } }`, { r: rule.id });
    expect(removed.data.removeRoutingRule.errors).toEqual([]);
    expect(await lastAudit()).toMatchObject({ action: "admin.route.remove", entityId: category.id });
  });

  it("creates a category, which residents can pick while it is active", async () => {
    const SAVE = `mutation($i: CategoryInput!) { saveCategory(input: $i) { category { id slug name active } errors { field code } } }`;
    const made = await admin.request(SAVE, { i: { nameId: "Pariwisata", nameEn: "Tourism", hintId: "Tempat wisata kotor." } });
    expect(made.data.saveCategory.category).toMatchObject({ slug: "pariwisata", name: "Pariwisata", active: true });
    expect(await lastAudit()).toMatchObject({ action: "admin.category.create" });
    const pick = async () => (await server.client().request(`{ categories { slug } }`)).data.categories.map((c: { slug: string }) => c.slug);
    expect(await pick()).toContain("pariwisata");
    await admin.request(SAVE, { i: { id: made.data.saveCategory.category.id, nameId: "Pariwisata", nameEn: "Tourism", active: false } });
    expect(await lastAudit()).toMatchObject({ action: "admin.category.update" });
    expect(await pick()).not.toContain("pariwisata");
  });
});

describe("what an administrator removed stays removed", () => {
  it("the seed at the next start does not bring back a removed routing rule or fixed holiday", async () => {
    const seeded = await server.db.prisma.categoryRoute.findFirstOrThrow({ where: { regionCode: "73.06.03" } });
    await admin.request(`mutation($r: ID!) { removeRoutingRule(ruleId: $r) { errors { code } } }`, { r: seeded.id });
    await admin.request(`mutation { removeHoliday(date: "2028-05-01") { errors { code } } }`);
    await admin.request(`mutation { saveHoliday(input: { originalDate: "2028-06-01", date: "2028-06-02", nameId: "Hari Lahir Pancasila", kind: "NATIONAL" }) { errors { code } } }`);

    await seedReferenceData(server.db.prisma, { regencyCode: "73.06", now: clock });
    expect(await server.db.prisma.categoryRoute.count({ where: { categoryId: seeded.categoryId, regionCode: "73.06.03" } })).toBe(0);
    const dates = (await server.db.prisma.holiday.findMany({ where: { date: { gte: new Date("2028-01-01"), lt: new Date("2029-01-01") } } })).map((h) =>
      h.date.toISOString().slice(0, 10),
    );
    expect(dates).not.toContain("2028-05-01");
    expect(dates).not.toContain("2028-06-01");
    expect(dates).toContain("2028-06-02");
    expect(dates).toContain("2028-12-25");
  });
});

describe("the administrators' changes", () => {
  it("lists only admin actions, newest first, with who made them", async () => {
    const res = await admin.request(`{ adminChanges(first: 50) { edges { node { action actor { name } } } } }`);
    const nodes = res.data.adminChanges.edges.map((e: { node: { action: string; actor: { name: string } } }) => e.node);
    expect(nodes.length).toBeGreaterThan(5);
    expect(nodes.every((n: { action: string }) => n.action.startsWith("admin."))).toBe(true);
    const latest = await server.db.prisma.auditLog.findFirstOrThrow({ where: { action: { startsWith: "admin." } }, orderBy: { createdAt: "desc" } });
    expect(nodes[0].action).toBe(latest.action);
  });
});

describe("holidays", () => {
  const FILE = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field } complaint { id } } }`;
  const file = async () => {
    const res = await server.client().request(FILE, {
      i: { kind: "PENGADUAN", title: "Jalan berlubang", story: "Lubang besar di depan pasar.", districtCode: "73.06.08", privacy: "PUBLIC" },
    });
    expect(res.data.submitComplaint.errors).toEqual([]);
    const stored = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: res.data.submitComplaint.complaint.id } });
    return stored.verifyDueAt!.toISOString();
  };
  const SAVE = `mutation($i: HolidayInput!) { saveHoliday(input: $i) { holiday { date name kind isPast } errors { field code message } } }`;

  it("a holiday added moves the verification deadline of a complaint filed afterwards", async () => {
    // Filed Monday 1 March 2027: due at the end of Thursday 4 March (WITA).
    expect(await file()).toBe("2027-03-04T15:59:59.999Z");
    const res = await admin.request(SAVE, { i: { date: "2027-03-03", nameId: "Cuti bersama uji", kind: "CUTI_BERSAMA" } });
    expect(res.data.saveHoliday).toEqual({
      errors: [],
      holiday: { date: "2027-03-03", name: "Cuti bersama uji", kind: "CUTI_BERSAMA", isPast: false },
    });
    expect(await lastAudit()).toMatchObject({ action: "admin.holiday.create", entityType: "Holiday", entityId: "2027-03-03" });
    // The calendar cache is dropped at once: the next complaint counts the new holiday.
    expect(await file()).toBe("2027-03-05T15:59:59.999Z");

    // Moved to another date, the deadline follows; removed, it is back.
    await admin.request(SAVE, { i: { originalDate: "2027-03-03", date: "2027-03-02", nameId: "Cuti bersama uji", kind: "CUTI_BERSAMA" } });
    expect(await lastAudit()).toMatchObject({ action: "admin.holiday.update", entityId: "2027-03-02", data: { previousDate: "2027-03-03" } });
    expect(await file()).toBe("2027-03-05T15:59:59.999Z");
    const removed = await admin.request(`mutation { removeHoliday(date: "2027-03-02") { errors { code } } }`);
    expect(removed.data.removeHoliday.errors).toEqual([]);
    expect(await lastAudit()).toMatchObject({ action: "admin.holiday.remove", entityId: "2027-03-02" });
    expect(await file()).toBe("2027-03-04T15:59:59.999Z");
  });

  it("refuses an unreal date and a date that is already a holiday", async () => {
    const unreal = await admin.request(SAVE, { i: { date: "2027-02-30", nameId: "X", kind: "LOCAL" } });
    expect(unreal.data.saveHoliday.errors).toMatchObject([{ field: "holidayDate", code: "invalid_date" }]);
    const dup = await admin.request(SAVE, { i: { date: "2027-12-25", nameId: "Natal lagi", kind: "NATIONAL" } });
    expect(dup.data.saveHoliday.errors).toMatchObject([{ field: "holidayDate", code: "taken" }]);
    // Moving a holiday onto another one's date is refused too.
    const onto = await admin.request(SAVE, { i: { originalDate: "2027-12-25", date: "2027-08-17", nameId: "Natal", kind: "NATIONAL" } });
    expect(onto.data.saveHoliday.errors).toMatchObject([{ field: "holidayDate", code: "taken" }]);
  });

  it("lists a year's holidays by date and marks those already past", async () => {
    await admin.request(SAVE, { i: { date: "2027-01-02", nameId: "Cuti bersama tahun baru", kind: "CUTI_BERSAMA" } });
    const res = await admin.request(`{ holidays(year: 2027) { date kind isPast } }`);
    const dates = res.data.holidays.map((h: { date: string }) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(res.data.holidays.slice(0, 2)).toEqual([
      { date: "2027-01-01", kind: "NATIONAL", isPast: true },
      { date: "2027-01-02", kind: "CUTI_BERSAMA", isPast: true },
    ]);
    expect(res.data.holidays.find((h: { date: string }) => h.date === "2027-12-25")).toMatchObject({ isPast: false });
  });
});
