import { describe, expect, it } from "vitest";
import {
  dueForPurge,
  dueToEnd,
  endedAt,
  isOpen,
  parseErrorsByStep,
  parseSummary,
  purgeDueAt,
  summarize,
  type WorkshopPhase,
  workshopPhase,
  type WorkshopTimes,
} from "./lifecycle.ts";

const H = 3_600_000;
const opened = new Date("2027-02-01T01:00:00Z");
const at = (hours: number) => new Date(opened.getTime() + hours * H);
const base: WorkshopTimes = { startsAt: opened, endsAt: at(12), closedAt: null, purgedAt: null };
const GRACE = 72 * H;

describe("workshop phase", () => {
  it.each<[string, WorkshopTimes, number, WorkshopPhase, Date | null, boolean]>([
    // name, workshop, now (hours after opening), phase, ended at, due to end by the scheduler
    ["just opened", base, 0, "OPEN", null, false],
    ["a minute before 12 hours", base, 12 - 1 / 60, "OPEN", null, false],
    ["at 12 hours", base, 12, "ENDED", at(12), true],
    ["long after 12 hours", base, 40, "ENDED", at(12), true],
    ["ended by the trainer", { ...base, closedAt: at(3) }, 4, "ENDED", at(3), false],
    ["ended by the trainer, later than 12 hours would be", { ...base, closedAt: at(13) }, 14, "ENDED", at(12), false],
    ["ended by the scheduler", { ...base, closedAt: at(12) }, 12.5, "ENDED", at(12), false],
    ["no endsAt: 12 hours after its start", { ...base, endsAt: null }, 12, "ENDED", at(12), true],
    ["no endsAt, still open", { ...base, endsAt: null }, 11, "OPEN", null, false],
    ["purged", { ...base, closedAt: at(2), purgedAt: at(80) }, 90, "PURGED", at(2), false],
  ])("%s", (_name, w, hours, phase, ended, due) => {
    const now = at(hours);
    expect(workshopPhase(w, now)).toBe(phase);
    expect(isOpen(w, now)).toBe(phase === "OPEN");
    expect(endedAt(w, now)).toEqual(ended);
    expect(dueToEnd(w, now)).toBe(due);
  });
});

describe("purge", () => {
  it.each<[string, WorkshopTimes, number, Date | null, boolean]>([
    ["open: never", base, 5, null, false],
    ["ended by time, within the grace period", base, 12 + 71, at(12 + 72), false],
    ["ended by time, at the end of the grace period", base, 12 + 72, at(12 + 72), true],
    ["ended by the trainer early, grace counts from then", { ...base, closedAt: at(1) }, 73, at(73), true],
    ["ended by the trainer, a minute short", { ...base, closedAt: at(1) }, 73 - 1 / 60, at(73), false],
    ["already purged", { ...base, closedAt: at(1), purgedAt: at(74) }, 200, at(73), false],
  ])("%s", (_name, w, hours, dueAt, due) => {
    expect(purgeDueAt(w, at(hours), GRACE)).toEqual(dueAt);
    expect(dueForPurge(w, at(hours), GRACE)).toBe(due);
  });

  it("a zero grace period purges as soon as it ended", () => {
    expect(dueForPurge({ ...base, closedAt: at(2) }, at(2), 0)).toBe(true);
  });
});

describe("errors by step", () => {
  it.each<[string, unknown, Record<string, number>]>([
    ["empty", {}, {}],
    ["counts", { lokasi: 2, kabar: 1 }, { lokasi: 2, kabar: 1 }],
    ["zero, negative, fractions and text are dropped", { lokasi: 0, waktu: -1, foto: 1.5, kabar: "2" }, {}],
    ["names that are not steps are dropped", { "<script>": 3, LOKASI: 1, lokasi: 1 }, { lokasi: 1 }],
    ["not an object", [1, 2], {}],
    ["null", null, {}],
  ])("%s", (_name, json, expected) => {
    expect(parseErrorsByStep(json)).toEqual(expected);
  });
});

describe("summarize", () => {
  const done = new Date("2027-02-01T03:00:00Z");
  it.each<[string, { finishedAt: Date | null; errorsByStep: unknown }[], number, ReturnType<typeof summarize>]>([
    ["nobody joined", [], 0, { participants: 0, finished: 0, complaintsFiled: 0, errorsByStep: [] }],
    [
      "errors summed per step, in journey order",
      [
        { finishedAt: done, errorsByStep: { kabar: 1, lokasi: 2 } },
        { finishedAt: null, errorsByStep: { lokasi: 1, jenis: 3 } },
        { finishedAt: done, errorsByStep: {} },
      ],
      4,
      {
        participants: 3,
        finished: 2,
        complaintsFiled: 4,
        errorsByStep: [
          { step: "jenis", count: 3 },
          { step: "lokasi", count: 3 },
          { step: "kabar", count: 1 },
        ],
      },
    ],
    [
      "an unknown step comes last",
      [{ finishedAt: null, errorsByStep: { zzz: 1, foto: 1, abc: 2 } }],
      0,
      { participants: 1, finished: 0, complaintsFiled: 0, errorsByStep: [{ step: "foto", count: 1 }, { step: "abc", count: 2 }, { step: "zzz", count: 1 }] },
    ],
  ])("%s", (_name, participants, filed, expected) => {
    expect(summarize(participants, filed)).toEqual(expected);
  });

  it("reads back what it stored, and nothing from rubbish", () => {
    const s = summarize([{ finishedAt: done, errorsByStep: { lokasi: 2 } }], 1);
    expect(parseSummary(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(parseSummary(null)).toBeNull();
    expect(parseSummary("x")).toBeNull();
    expect(parseSummary({ participants: -1, errorsByStep: [{ step: "lokasi", count: "x" }] })).toEqual({
      participants: 0,
      finished: 0,
      complaintsFiled: 0,
      errorsByStep: [],
    });
  });
});
