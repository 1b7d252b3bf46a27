// Filing checks regions, categories, agencies and holidays against a copy in memory: an
// administrator's change reaches that copy at once (on PGlite through the in-process bus; across
// instances on PostgreSQL, see reference-data-two-instances.pg.test.ts).
import { afterAll, beforeAll, expect, it } from "vitest";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

// Monday 1 March 2027, 10:00 in Gowa (WITA, UTC+8).
const clock = new Date("2027-03-01T02:00:00Z");
let server: TestServer;
let admin: GqlClient;

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  admin = await server.signedIn("admin@demo.suara.id");
}, 60_000);
afterAll(() => server?.close());

const FILE = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field code } complaint { id } } }`;
const file = (extra: Record<string, unknown>) =>
  server.client().request(FILE, {
    i: { kind: "PENGADUAN", title: "Sampah menumpuk", story: "Sampah di pasar belum diangkut seminggu.", districtCode: "73.06.08", privacy: "PUBLIC", ...extra },
  });
const SAVE_CATEGORY = `mutation($i: CategoryInput!) { saveCategory(input: $i) { category { id } errors { field code } } }`;

it("a category made, then closed, by an administrator is taken, then refused, by the very next filing", async () => {
  // The copy in memory is loaded before the change.
  expect((await file({})).data.submitComplaint.errors).toEqual([]);
  const made = await admin.request(SAVE_CATEGORY, { i: { nameId: "Pasar", nameEn: "Markets" } });
  const id = made.data.saveCategory.category.id as string;
  expect((await file({ categoryId: id })).data.submitComplaint.errors).toEqual([]);
  await admin.request(SAVE_CATEGORY, { i: { id, nameId: "Pasar", nameEn: "Markets", active: false } });
  expect((await file({ categoryId: id })).data.submitComplaint.errors).toEqual([{ field: "categoryId", code: "invalid_choice" }]);
});

it("a holiday added by an administrator moves the next filing's deadline", async () => {
  const due = async () => {
    const res = await file({});
    const stored = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: res.data.submitComplaint.complaint.id } });
    return stored.verifyDueAt!.toISOString();
  };
  expect(await due()).toBe("2027-03-04T15:59:59.999Z");
  const saved = await admin.request(`mutation($i: HolidayInput!) { saveHoliday(input: $i) { errors { code } } }`, {
    i: { date: "2027-03-02", nameId: "Libur uji", kind: "LOCAL" },
  });
  expect(saved.data.saveHoliday.errors).toEqual([]);
  expect(await due()).toBe("2027-03-05T15:59:59.999Z");
});
