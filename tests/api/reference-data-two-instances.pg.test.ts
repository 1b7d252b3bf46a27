// Two instances on one PostgreSQL: each holds the reference data in memory (reference-data.ts),
// and an administrator's change made through the first reaches the second's copy through the
// event bus (LISTEN/NOTIFY), without waiting for the copy to expire.
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../server/src/app.ts";
import { onPostgres } from "../support/database.ts";
import { type GqlClient, startTestServer, TEST_CLIENTS, type TestServer } from "../support/server.ts";

// Monday 1 March 2027, 10:00 in Gowa (WITA, UTC+8).
const clock = new Date("2027-03-01T02:00:00Z");
let first: TestServer;
let second: RunningServer;
let admin: GqlClient;

beforeAll(async () => {
  if (!onPostgres) throw new Error("reference-data-two-instances needs PostgreSQL: run it with npm run test:pg");
  first = await startTestServer({ now: () => clock });
  second = await startServer({
    web: false,
    database: { kind: "postgres", url: first.db.url! },
    now: () => clock,
    env: { PORT: "0", HOST: "127.0.0.1", DEMO: "false", SCHEDULER_INTERVAL_MS: "0", OUTBOX_INTERVAL_MS: "0", DATA_DIR: first.env.dataDir, LIMIT_TRUSTED_ADDRESSES: TEST_CLIENTS },
    seed: false,
  });
  admin = await first.signedIn("admin@demo.suara.id");
}, 60_000);
afterAll(async () => {
  await second?.close();
  await first?.close();
});

/** Files on the second instance; returns its field errors and the deadline it set. */
async function fileOnSecond(extra: Record<string, unknown>): Promise<{ errors: { field: string; code: string }[]; verifyDueAt: string | null }> {
  const response = await fetch(`${second.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field code } complaint { id } } }`,
      variables: { i: { kind: "PENGADUAN", title: "Saluran tersumbat", story: "Saluran air di depan sekolah tersumbat.", districtCode: "73.06.08", privacy: "PUBLIC", ...extra } },
    }),
  });
  const body = (await response.json()) as { data: { submitComplaint: { errors: { field: string; code: string }[]; complaint: { id: string } | null } } };
  const payload = body.data.submitComplaint;
  const stored = payload.complaint ? await second.db.prisma.complaint.findUniqueOrThrow({ where: { id: payload.complaint.id } }) : null;
  return { errors: payload.errors, verifyDueAt: stored?.verifyDueAt?.toISOString() ?? null };
}

/** The bus delivers after the commit, a moment later: asks again until `done` or 5 s have passed. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 100 && !done(value); i++) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

it("a category closed and a holiday added on the first instance reach the second's copy in memory", async () => {
  const made = await admin.request(`mutation($i: CategoryInput!) { saveCategory(input: $i) { category { id } errors { code } } }`, {
    i: { nameId: "Drainase", nameEn: "Drainage" },
  });
  const categoryId = made.data.saveCategory.category.id as string;
  // The second instance has taken its copy (with the new category) before the next changes.
  const before = await eventually(() => fileOnSecond({ categoryId }), (r) => r.errors.length === 0);
  expect(before.errors).toEqual([]);
  expect(before.verifyDueAt).toBe("2027-03-04T15:59:59.999Z");

  await admin.request(`mutation($i: CategoryInput!) { saveCategory(input: $i) { errors { code } } }`, {
    i: { id: categoryId, nameId: "Drainase", nameEn: "Drainage", active: false },
  });
  const closed = await eventually(() => fileOnSecond({ categoryId }), (r) => r.errors.length > 0);
  expect(closed.errors).toEqual([{ field: "categoryId", code: "invalid_choice" }]);

  const saved = await admin.request(`mutation($i: HolidayInput!) { saveHoliday(input: $i) { errors { code } } }`, {
    i: { date: "2027-03-03", nameId: "Libur uji", kind: "LOCAL" },
  });
  expect(saved.data.saveHoliday.errors).toEqual([]);
  const moved = await eventually(() => fileOnSecond({}), (r) => r.verifyDueAt !== "2027-03-04T15:59:59.999Z");
  expect(moved.verifyDueAt).toBe("2027-03-05T15:59:59.999Z");
});
