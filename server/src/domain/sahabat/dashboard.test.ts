import { describe, expect, it } from "vitest";
import type { Calendar } from "../calendar/working-days.ts";
import {
  countRelays,
  type DashboardComplaint,
  type DashboardTask,
  isCounted,
  monthStart,
  overdueOf,
  summarizeDistricts,
} from "./dashboard.ts";

// Wednesday 9 December 2026, 10:00 WITA; no holidays.
const NOW = new Date("2026-12-09T02:00:00Z");
const calendar: Calendar = { utcOffsetMinutes: 480, isHoliday: () => false };
const SOMBA_OPU = "73.06.08";
const BONTOMARANNU = "73.06.06";

/** The end of a local day (WITA), as deadlines are stored. */
const endOf = (date: string) => new Date(Date.parse(`${date}T23:59:59.999+08:00`));

let serial = 0;
function complaint(over: Partial<DashboardComplaint> = {}): DashboardComplaint {
  serial++;
  return {
    trackingCode: `GWA-TEST-${String(serial).padStart(2, "0")}`,
    kind: "PENGADUAN",
    status: "SUBMITTED",
    privacy: "PUBLIC",
    isSandbox: false,
    categoryId: "jalan",
    districtCode: SOMBA_OPU,
    villageCode: null,
    submittedAt: new Date("2026-12-07T01:00:00Z"),
    verifyDueAt: endOf("2026-12-10"),
    followUpDueAt: null,
    closeDueAt: null,
    pausedAt: null,
    ...over,
  };
}

describe("isCounted", () => {
  it.each<[string, Partial<DashboardComplaint>, boolean]>([
    ["public", { privacy: "PUBLIC" }, true],
    ["anonymous", { privacy: "ANONYMOUS" }, true],
    ["confidential (rahasia)", { privacy: "CONFIDENTIAL" }, false],
    ["a workshop complaint", { isSandbox: true }, false],
  ])("%s", (_name, over, expected) => {
    expect(isCounted(complaint(over))).toBe(expected);
  });
});

describe("monthStart", () => {
  it.each<[string, string, string]>([
    ["mid-month", "2026-12-09T02:00:00Z", "2026-11-30T16:00:00.000Z"],
    // 1 December 07:00 WITA is still 30 November in UTC: the month is the local one.
    ["the first local hours of a month", "2026-11-30T23:00:00Z", "2026-11-30T16:00:00.000Z"],
    ["the last local minute of a month", "2026-11-30T15:59:00Z", "2026-10-31T16:00:00.000Z"],
  ])("%s", (_name, now, expected) => {
    expect(monthStart(new Date(now), calendar).toISOString()).toBe(expected);
  });
});

describe("overdueOf", () => {
  it.each<[string, Partial<DashboardComplaint>, { holder: string; workingDaysLate: number } | null]>([
    ["sent, due tomorrow", {}, null],
    ["sent, due last Monday", { verifyDueAt: endOf("2026-12-07") }, { holder: "VERIFIER", workingDaysLate: 2 }],
    ["sent, due yesterday", { verifyDueAt: endOf("2026-12-08") }, { holder: "VERIFIER", workingDaysLate: 1 }],
    // Friday to Wednesday: the weekend does not count.
    ["checked, not yet passed on, due last Friday", { status: "VERIFIED", verifyDueAt: endOf("2026-12-04") }, { holder: "VERIFIER", workingDaysLate: 3 }],
    ["handed back by an agency, late", { status: "NOT_OUR_AUTHORITY", verifyDueAt: endOf("2026-12-08") }, { holder: "VERIFIER", workingDaysLate: 1 }],
    ["at the agency, late", { status: "DISPOSED", followUpDueAt: endOf("2026-12-08") }, { holder: "AGENCY", workingDaysLate: 1 }],
    ["being worked on, late", { status: "IN_PROGRESS", followUpDueAt: endOf("2026-12-01") }, { holder: "AGENCY", workingDaysLate: 6 }],
    ["at the agency, in time", { status: "IN_PROGRESS", followUpDueAt: endOf("2026-12-09") }, null],
    ["postponed: waits for the reporter", { status: "POSTPONED", verifyDueAt: endOf("2026-12-01"), pausedAt: new Date("2026-11-28T00:00:00Z") }, null],
    ["resolved: waits for the automatic close", { status: "RESOLVED", closeDueAt: endOf("2026-12-01") }, null],
    ["closed", { status: "CLOSED", verifyDueAt: endOf("2026-12-01") }, null],
  ])("%s", (_name, over, expected) => {
    const found = overdueOf(complaint(over), NOW, calendar);
    expect(found ? { holder: found.holder, workingDaysLate: found.workingDaysLate } : null).toEqual(expected);
  });
});

describe("countRelays", () => {
  it.each<[string, DashboardTask[], { open: number; overdue: number }]>([
    ["none", [], { open: 0, overdue: 0 }],
    // Made Friday 4 December: due at the end of Wednesday 9 December, so not yet late.
    ["made last Friday", [{ districtCode: SOMBA_OPU, createdAt: new Date("2026-12-04T02:00:00Z") }], { open: 1, overdue: 0 }],
    ["made last Thursday", [{ districtCode: SOMBA_OPU, createdAt: new Date("2026-12-03T02:00:00Z") }], { open: 1, overdue: 1 }],
    [
      "one late, one not",
      [
        { districtCode: null, createdAt: new Date("2026-11-20T02:00:00Z") },
        { districtCode: SOMBA_OPU, createdAt: new Date("2026-12-08T02:00:00Z") },
      ],
      { open: 2, overdue: 1 },
    ],
  ])("%s", (_name, tasks, expected) => {
    expect(countRelays(tasks, NOW, calendar)).toEqual(expected);
  });
});

describe("summarizeDistricts", () => {
  const complaints: DashboardComplaint[] = [
    complaint({ trackingCode: "GWA-AAAA-01" }),
    complaint({ trackingCode: "GWA-AAAA-02", status: "DISPOSED", kind: "ASPIRASI", followUpDueAt: endOf("2026-12-08") }),
    complaint({ trackingCode: "GWA-AAAA-03", verifyDueAt: endOf("2026-12-07"), categoryId: null, villageCode: "73.06.08.2001" }),
    // Filed last month, still open: counted as open, not as this month's filing.
    complaint({ trackingCode: "GWA-AAAA-04", status: "IN_PROGRESS", submittedAt: new Date("2026-11-20T01:00:00Z"), followUpDueAt: endOf("2026-12-15") }),
    // Filed this month, already closed: a filing of the month, not open.
    complaint({ trackingCode: "GWA-AAAA-05", status: "CLOSED", kind: "PERMINTAAN_INFORMASI", categoryId: "air" }),
    // Never counted anywhere.
    complaint({ trackingCode: "GWA-RHSA-01", privacy: "CONFIDENTIAL", verifyDueAt: endOf("2026-12-01") }),
    complaint({ trackingCode: "GWA-LTHN-01", isSandbox: true, verifyDueAt: endOf("2026-12-01") }),
    // Another kecamatan.
    complaint({ trackingCode: "GWA-BBBB-01", districtCode: BONTOMARANNU, verifyDueAt: endOf("2026-12-01") }),
  ];
  const tasks: DashboardTask[] = [
    { districtCode: SOMBA_OPU, createdAt: new Date("2026-12-01T02:00:00Z") },
    { districtCode: SOMBA_OPU, createdAt: new Date("2026-12-08T02:00:00Z") },
    { districtCode: BONTOMARANNU, createdAt: new Date("2026-12-08T02:00:00Z") },
    { districtCode: null, createdAt: new Date("2026-12-01T02:00:00Z") },
  ];
  const [sombaOpu, bontomarannu, bungaya] = summarizeDistricts({
    districtCodes: [SOMBA_OPU, BONTOMARANNU, "73.06.09"],
    complaints,
    tasks,
    now: NOW,
    calendar,
  });

  it("counts open complaints by status in workflow order, zeros included, never rahasia or workshop ones", () => {
    expect(sombaOpu!.openTotal).toBe(4);
    expect(sombaOpu!.openByStatus).toEqual([
      { status: "SUBMITTED", count: 2 },
      { status: "VERIFIED", count: 0 },
      { status: "DISPOSED", count: 1 },
      { status: "IN_PROGRESS", count: 1 },
      { status: "RESOLVED", count: 0 },
      { status: "POSTPONED", count: 0 },
      { status: "NOT_OUR_AUTHORITY", count: 0 },
    ]);
  });

  it("lists what is overdue, longest late first, by who holds it", () => {
    expect(sombaOpu!.overdue.atVerifier).toBe(1);
    expect(sombaOpu!.overdue.atAgency).toBe(1);
    expect(sombaOpu!.overdue.complaints).toEqual([
      {
        trackingCode: "GWA-AAAA-03",
        status: "SUBMITTED",
        categoryId: null,
        districtCode: SOMBA_OPU,
        villageCode: "73.06.08.2001",
        dueAt: endOf("2026-12-07"),
        holder: "VERIFIER",
        workingDaysLate: 2,
      },
      expect.objectContaining({ trackingCode: "GWA-AAAA-02", holder: "AGENCY", workingDaysLate: 1 }),
    ]);
    const listed = JSON.stringify(sombaOpu!.overdue.complaints);
    expect(listed).not.toContain("GWA-RHSA-01");
    expect(listed).not.toContain("GWA-LTHN-01");
  });

  it("counts this month's filings by kind and by category, most first, none chosen last", () => {
    expect(sombaOpu!.month.total).toBe(4);
    expect(sombaOpu!.month.byKind).toEqual([
      { kind: "PENGADUAN", count: 2 },
      { kind: "ASPIRASI", count: 1 },
      { kind: "PERMINTAAN_INFORMASI", count: 1 },
    ]);
    expect(sombaOpu!.month.byCategory).toEqual([
      { categoryId: "jalan", count: 2 },
      { categoryId: "air", count: 1 },
      { categoryId: null, count: 1 },
    ]);
  });

  it("counts each kecamatan's relay tasks by the complaint's kecamatan", () => {
    expect(sombaOpu!.relay).toEqual({ open: 2, overdue: 1 });
    expect(bontomarannu!.relay).toEqual({ open: 1, overdue: 0 });
  });

  it("keeps kecamatan apart, and gives a kecamatan with nothing all zeros", () => {
    expect(bontomarannu!.openTotal).toBe(1);
    expect(bontomarannu!.overdue.complaints.map((c) => c.trackingCode)).toEqual(["GWA-BBBB-01"]);
    expect(bungaya).toMatchObject({ districtCode: "73.06.09", openTotal: 0, overdue: { atVerifier: 0, atAgency: 0, complaints: [] }, relay: { open: 0, overdue: 0 } });
    expect(bungaya!.month.byKind.every((k) => k.count === 0)).toBe(true);
    expect(bungaya!.month.byCategory).toEqual([]);
  });
});
