import { describe, expect, it } from "vitest";
import { STATUSES } from "../complaint/status.ts";
import { addressOf, isoAt, open311Status, parameterOf, parsePath, parseRequestFilter, statusesFor, submissionFrom, titleFrom, TITLE_MAX } from "./georeport.ts";

describe("parsePath", () => {
  it.each([
    ["discovery.json", { endpoint: { kind: "discovery" }, format: "json" }],
    ["services.xml", { endpoint: { kind: "services" }, format: "xml" }],
    ["services/jalan-jembatan.json", { endpoint: { kind: "service", code: "jalan-jembatan" }, format: "json" }],
    ["requests.json", { endpoint: { kind: "requests" }, format: "json" }],
    ["requests/GWA-7K3P-9Q.xml", { endpoint: { kind: "request", id: "GWA-7K3P-9Q" }, format: "xml" }],
    ["tokens/abc_DEF-1.json", { endpoint: { kind: "token", token: "abc_DEF-1" }, format: "json" }],
    ["requests", { endpoint: null, format: "json" }],
    ["requests/a/b.json", { endpoint: null, format: "json" }],
    ["services/<x>.xml", { endpoint: null, format: "xml" }],
    ["%E0%A4%A.json", { endpoint: null, format: "json" }],
  ])("%s", (path, expected) => expect(parsePath(path)).toEqual(expected));
});

describe("statuses", () => {
  it.each([
    ["SUBMITTED", "open"], ["VERIFIED", "open"], ["DISPOSED", "open"], ["IN_PROGRESS", "open"], ["POSTPONED", "open"],
    ["RESOLVED", "closed"], ["CLOSED", "closed"], ["OUT_OF_SCOPE", "closed"], ["NOT_OUR_AUTHORITY", "closed"], ["REJECTED", "closed"], ["ARCHIVED", "closed"],
  ] as const)("%s is %s", (status, expected) => expect(open311Status(status)).toBe(expected));
  it("open and closed together are every status", () => {
    expect([...statusesFor(["open"]), ...statusesFor(["closed"])].sort()).toEqual([...STATUSES].sort());
  });
});

describe("titleFrom", () => {
  it.each([
    ["Lampu jalan mati", "Lampu jalan mati"],
    ["  Banjir di depan sekolah.\nSudah tiga hari.", "Banjir di depan sekolah."],
    ["kata ".repeat(40), `${"kata ".repeat(15).trim()}…`],
    ["x".repeat(200), `${"x".repeat(TITLE_MAX - 1)}…`],
  ])("%j", (description, expected) => {
    expect(titleFrom(description)).toBe(expected);
    expect(titleFrom(description).length).toBeLessThanOrEqual(TITLE_MAX);
  });
});

describe("isoAt", () => {
  it.each([
    [new Date("2026-12-01T02:00:00Z"), 480, "2026-12-01T10:00:00+08:00"],
    [new Date("2026-12-01T20:30:00Z"), 480, "2026-12-02T04:30:00+08:00"],
    [new Date("2026-12-01T02:00:00Z"), -150, "2026-11-30T23:30:00-02:30"],
  ])("%s at %i", (date, offset, expected) => expect(isoAt(date, offset)).toBe(expected));
});

describe("submissionFrom", () => {
  it("maps the spec's fields to a filing; CONFIDENTIAL when no privacy is given", () => {
    expect(
      submissionFrom(
        { description: "Jalan rusak parah", "attribute[kecamatan]": "73.06.08", first_name: "Daeng", last_name: "Tompo", phone: "0812", lat: "-5.2", long: "119.4", address_string: "Depan pasar" },
        "cat1",
      ),
    ).toEqual({
      kind: "PENGADUAN", title: "Jalan rusak parah", story: "Jalan rusak parah", districtCode: "73.06.08", villageCode: null, landmark: "Depan pasar",
      categoryId: "cat1", privacy: "CONFIDENTIAL", reporterName: "Daeng Tompo", reporterPhone: "0812", reporterEmail: null, latitude: "-5.2", longitude: "119.4", contactPreference: null,
    });
    expect(submissionFrom({ "attribute[privacy]": "anonymous" }, null)).toMatchObject({ privacy: "ANONYMOUS", title: null, story: null });
  });
  it.each([["story", "description"], ["districtCode", "attribute[kecamatan]"], ["villageCode", "attribute[desa]"], ["reporterPhone", "phone"], ["other", "other"]])(
    "%s is the client's %s",
    (field, parameter) => expect(parameterOf(field)).toBe(parameter),
  );
});

describe("parseRequestFilter", () => {
  const now = new Date("2026-12-06T02:00:00Z");
  it("defaults to the last 90 days", () => {
    expect(parseRequestFilter({}, now, 480)).toEqual({ ok: true, filter: { ids: null, serviceCode: null, start: new Date("2026-09-07T02:00:00Z"), end: now, statuses: null } });
  });
  it.each([
    [{ start_date: "2026-12-01" }, { start: new Date("2026-11-30T16:00:00Z") }],
    [{ start_date: "2026-12-01T00:00:00Z", end_date: "2026-12-02T08:00:00+08:00" }, { start: new Date("2026-12-01T00:00:00Z"), end: new Date("2026-12-02T00:00:00Z") }],
    [{ status: "open,Closed" }, { statuses: ["open", "closed"] }],
    [{ service_request_id: "A, B" }, { ids: ["A", "B"] }],
  ])("%j", (params, expected) => expect(parseRequestFilter(params, now, 480)).toMatchObject({ ok: true, filter: expected }));
  it.each([
    [{ status: "selesai" }, "status"],
    [{ start_date: "kemarin" }, "start_date"],
    [{ end_date: "2026-13-45" }, "end_date"],
    [{ start_date: "2026-12-05", end_date: "2026-12-01" }, "start_date"],
  ])("%j names %s", (params, parameter) => expect(parseRequestFilter(params, now, 480)).toEqual({ ok: false, parameter }));
});

describe("addressOf", () => {
  it.each([
    [{ landmark: "Depan pasar", villageName: "Sungguminasa", districtName: "Somba Opu" }, "Depan pasar, Sungguminasa, Kecamatan Somba Opu"],
    [{ landmark: "", villageName: null, districtName: "Somba Opu" }, "Kecamatan Somba Opu"],
    [{ landmark: null, villageName: null, districtName: null }, null],
  ])("%j", (parts, expected) => expect(addressOf(parts)).toBe(expected));
});
