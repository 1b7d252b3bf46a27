// validateSubmission: a table of inputs → the issues each must raise, then the cleaned value.
import { describe, expect, it } from "vitest";
import type { FieldIssue } from "../shared/field-issue.ts";
import { type SubmissionInput, validateSubmission } from "./submission.ts";

const TODAY = "2026-08-17";

const VALID: SubmissionInput = {
  kind: "PENGADUAN",
  title: "Jalan berlubang di depan SD Inpres",
  story: "Lubang besar di tengah jalan.\nSudah dua motor jatuh minggu ini.",
  incidentDate: "2026-08-10",
  districtCode: "73.06.08",
  villageCode: "73.06.08.2001",
  landmark: "Depan SD Inpres Bontonompo",
  categoryId: "cat-jalan",
  privacy: "PUBLIC",
  showReporterName: false,
  reporterName: "Daeng Ngai",
  reporterPhone: "0812-3456-7890",
  reporterEmail: "daeng@contoh.id",
  clientRequestId: "c0ffee-0001",
};

function issuesOf(overrides: Partial<SubmissionInput>, today = TODAY): FieldIssue[] {
  const result = validateSubmission({ ...VALID, ...overrides }, today);
  return result.ok ? [] : result.issues;
}

function valueOf(overrides: Partial<SubmissionInput>) {
  const result = validateSubmission({ ...VALID, ...overrides }, TODAY);
  if (!result.ok) throw new Error(`expected a valid submission, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

const x = (n: number) => "x".repeat(n);

describe("validateSubmission: one field at a time", () => {
  it.each<[string, Partial<SubmissionInput>, FieldIssue[]]>([
    // kind
    ["kind missing", { kind: undefined }, [{ field: "kind", code: "required" }]],
    ["kind null", { kind: null }, [{ field: "kind", code: "required" }]],
    ["kind empty", { kind: "" }, [{ field: "kind", code: "required" }]],
    ["kind whitespace only", { kind: "  \t " }, [{ field: "kind", code: "required" }]],
    ["kind unknown", { kind: "KELUHAN" }, [{ field: "kind", code: "invalid_choice" }]],
    ["kind lowercase", { kind: "pengaduan" }, []],
    ["kind mixed case", { kind: "Permintaan_Informasi" }, []],
    ["kind lowercase but unknown", { kind: "keluhan" }, [{ field: "kind", code: "invalid_choice" }]],
    ["kind with a space for the underscore", { kind: "permintaan informasi" }, [{ field: "kind", code: "invalid_choice" }]],
    ["kind ASPIRASI", { kind: "ASPIRASI" }, []],
    ["kind PERMINTAAN_INFORMASI", { kind: "PERMINTAAN_INFORMASI" }, []],
    // title
    ["title missing", { title: undefined }, [{ field: "title", code: "required" }]],
    ["title whitespace only", { title: "   \n " }, [{ field: "title", code: "required" }]],
    ["title exactly 150", { title: x(150) }, []],
    ["title 151", { title: x(151) }, [{ field: "title", code: "too_long", params: { max: 150, length: 151 } }]],
    ["title 150 plus outer spaces", { title: `  ${x(150)}  ` }, []],
    ["title 150 once inner spaces fold", { title: `${x(74)}      ${x(75)}` }, []],
    // story
    ["story missing", { story: null }, [{ field: "story", code: "required" }]],
    ["story whitespace only", { story: " \r\n\t\n " }, [{ field: "story", code: "required" }]],
    ["story exactly 4000", { story: x(4000) }, []],
    ["story 4001", { story: x(4001) }, [{ field: "story", code: "too_long", params: { max: 4000, length: 4001 } }]],
    // 400 lines of 10 characters with CRLF: 4400 as typed, 3999 once CRLF is one character and the end trimmed.
    ["story CRLF counts as one character", { story: `${x(9)}\r\n`.repeat(400) }, []],
    ["story CRLF still too long", { story: `${x(9)}\r\n`.repeat(401) }, [{ field: "story", code: "too_long", params: { max: 4000, length: 4009 } }]],
    // incidentDate
    ["incidentDate missing", { incidentDate: undefined }, []],
    ["incidentDate empty", { incidentDate: "" }, []],
    ["incidentDate today", { incidentDate: TODAY }, []],
    ["incidentDate 29 Feb of a leap year", { incidentDate: "2024-02-29" }, []],
    ["incidentDate 29 Feb of a common year", { incidentDate: "2025-02-29" }, [{ field: "incidentDate", code: "invalid_date" }]],
    ["incidentDate 30 Feb", { incidentDate: "2026-02-30" }, [{ field: "incidentDate", code: "invalid_date" }]],
    ["incidentDate month 13", { incidentDate: "2026-13-01" }, [{ field: "incidentDate", code: "invalid_date" }]],
    ["incidentDate day 00", { incidentDate: "2026-08-00" }, [{ field: "incidentDate", code: "invalid_date" }]],
    ["incidentDate DD-MM-YYYY", { incidentDate: "17-08-2026" }, [{ field: "incidentDate", code: "invalid_date" }]],
    ["incidentDate without zero padding", { incidentDate: "2026-8-17" }, [{ field: "incidentDate", code: "invalid_date" }]],
    ["incidentDate with a time", { incidentDate: "2026-08-17T10:00" }, [{ field: "incidentDate", code: "invalid_date" }]],
    ["incidentDate words", { incidentDate: "kemarin" }, [{ field: "incidentDate", code: "invalid_date" }]],
    ["incidentDate tomorrow", { incidentDate: "2026-08-18" }, [{ field: "incidentDate", code: "future_date" }]],
    ["incidentDate next year", { incidentDate: "2027-01-01" }, [{ field: "incidentDate", code: "future_date" }]],
    ["incidentDate exactly 10 years ago", { incidentDate: "2016-08-17" }, []],
    ["incidentDate 10 years ago less a day", { incidentDate: "2016-08-18" }, []],
    // Was a finding: "too old" compared calendar years only, so any date in 2016 passed.
    ["incidentDate 10 years and a day ago", { incidentDate: "2016-08-16" }, [{ field: "incidentDate", code: "too_old", params: { years: 10 } }]],
    ["incidentDate 10 years and 7 months ago", { incidentDate: "2016-01-01" }, [{ field: "incidentDate", code: "too_old", params: { years: 10 } }]],
    ["incidentDate in the year 11 years back", { incidentDate: "2015-12-31" }, [{ field: "incidentDate", code: "too_old", params: { years: 10 } }]],
    ["incidentDate 1990", { incidentDate: "1990-01-01" }, [{ field: "incidentDate", code: "too_old", params: { years: 10 } }]],
    // districtCode
    ["districtCode missing", { districtCode: undefined, villageCode: null }, [{ field: "districtCode", code: "required" }]],
    ["districtCode whitespace", { districtCode: "  ", villageCode: null }, [{ field: "districtCode", code: "required" }]],
    ["districtCode is a regency", { districtCode: "73.06", villageCode: null }, [{ field: "districtCode", code: "invalid_choice" }]],
    ["districtCode unpadded", { districtCode: "73.6.8", villageCode: null }, [{ field: "districtCode", code: "invalid_choice" }]],
    ["districtCode a name", { districtCode: "Bontonompo", villageCode: null }, [{ field: "districtCode", code: "invalid_choice" }]],
    ["districtCode with outer spaces", { districtCode: " 73.06.08 " }, []],
    // villageCode
    ["villageCode missing", { villageCode: null }, []],
    ["villageCode in another district", { villageCode: "73.06.09.2001" }, [{ field: "villageCode", code: "not_in_district" }]],
    ["villageCode in another regency", { villageCode: "73.71.08.2001" }, [{ field: "villageCode", code: "not_in_district" }]],
    ["villageCode three-digit tail", { villageCode: "73.06.08.201" }, [{ field: "villageCode", code: "invalid_choice" }]],
    ["villageCode tail only", { villageCode: "2001" }, [{ field: "villageCode", code: "invalid_choice" }]],
    ["villageCode is the district", { villageCode: "73.06.08" }, [{ field: "villageCode", code: "invalid_choice" }]],
    ["villageCode a name", { villageCode: "Tamallayang" }, [{ field: "villageCode", code: "invalid_choice" }]],
    // landmark
    ["landmark missing", { landmark: undefined }, []],
    ["landmark exactly 200", { landmark: x(200) }, []],
    ["landmark 201", { landmark: x(201) }, [{ field: "landmark", code: "too_long", params: { max: 200, length: 201 } }]],
    // privacy
    ["privacy missing", { privacy: undefined }, [{ field: "privacy", code: "required" }]],
    ["privacy whitespace", { privacy: " " }, [{ field: "privacy", code: "required" }]],
    ["privacy unknown", { privacy: "PRIVATE" }, [{ field: "privacy", code: "invalid_choice" }]],
    ["privacy lowercase", { privacy: "public" }, []],
    ["privacy mixed case", { privacy: "Confidential" }, []],
    ["privacy lowercase but unknown", { privacy: "private" }, [{ field: "privacy", code: "invalid_choice" }]],
    ["privacy ANONYMOUS", { privacy: "ANONYMOUS" }, []],
    ["privacy CONFIDENTIAL", { privacy: "CONFIDENTIAL" }, []],
    // reporterName and showReporterName
    ["reporterName missing", { reporterName: null }, []],
    ["reporterName exactly 100", { reporterName: x(100) }, []],
    ["reporterName 101", { reporterName: x(101) }, [{ field: "reporterName", code: "too_long", params: { max: 100, length: 101 } }]],
    ["show name, PUBLIC, no name", { showReporterName: true, reporterName: null }, [{ field: "reporterName", code: "name_required_to_show" }]],
    ["show name, PUBLIC, blank name", { showReporterName: true, reporterName: "   " }, [{ field: "reporterName", code: "name_required_to_show" }]],
    ["show name, ANONYMOUS, no name", { privacy: "ANONYMOUS", showReporterName: true, reporterName: null }, []],
    ["show name, CONFIDENTIAL, no name", { privacy: "CONFIDENTIAL", showReporterName: true, reporterName: null }, []],
    ["show name, PUBLIC, with name", { showReporterName: true }, []],
    ["show name, lowercase public, no name", { privacy: "public", showReporterName: true, reporterName: null }, [{ field: "reporterName", code: "name_required_to_show" }]],
    // reporterPhone (normalisation itself is tabled below)
    ["phone missing", { reporterPhone: null }, []],
    ["phone blank", { reporterPhone: "  " }, []],
    ["phone too short", { reporterPhone: "12345" }, [{ field: "reporterPhone", code: "invalid_phone" }]],
    ["phone with letters", { reporterPhone: "0812-ABCD-7890" }, [{ field: "reporterPhone", code: "invalid_phone" }]],
    ["phone with two leading zeros", { reporterPhone: "0012345678" }, [{ field: "reporterPhone", code: "invalid_phone" }]],
    ["phone +62 with the trunk 0", { reporterPhone: "+62 0812-3456-7890" }, []],
    // reporterEmail
    ["email missing", { reporterEmail: null }, []],
    ["email blank", { reporterEmail: " " }, []],
    ["email without domain dot", { reporterEmail: "nama@contoh" }, [{ field: "reporterEmail", code: "invalid_email" }]],
    ["email a@b", { reporterEmail: "a@b" }, [{ field: "reporterEmail", code: "invalid_email" }]],
    ["email without @", { reporterEmail: "nama.contoh.id" }, [{ field: "reporterEmail", code: "invalid_email" }]],
    ["email with two @", { reporterEmail: "nama@@contoh.id" }, [{ field: "reporterEmail", code: "invalid_email" }]],
    ["email with a space", { reporterEmail: "nama saya@contoh.id" }, [{ field: "reporterEmail", code: "invalid_email" }]],
    ["email with double dot", { reporterEmail: "nama@contoh..id" }, [{ field: "reporterEmail", code: "invalid_email" }]],
    ["email with trailing dot", { reporterEmail: "nama@contoh.id." }, [{ field: "reporterEmail", code: "invalid_email" }]],
    ["email localhost", { reporterEmail: "nama@localhost" }, [{ field: "reporterEmail", code: "invalid_email" }]],
    ["email exactly 254", { reporterEmail: `${x(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(58)}.id` }, []],
    ["email 255", { reporterEmail: `${x(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(59)}.id` }, [{ field: "reporterEmail", code: "invalid_email" }]],
    ["email local part exactly 64", { reporterEmail: `${x(64)}@contoh.id` }, []],
    ["email local part 65", { reporterEmail: `${x(65)}@contoh.id` }, [{ field: "reporterEmail", code: "invalid_email" }]],
    ["email local part 65, short overall, mixed case", { reporterEmail: ` ${"X".repeat(65)}@Contoh.ID ` }, [{ field: "reporterEmail", code: "invalid_email" }]],
    // categoryId has no rule of its own here
    ["categoryId missing", { categoryId: null }, []],
    // clientRequestId: an opaque key, bounded at 100 characters after trimming the ends
    ["clientRequestId exactly 100 characters", { clientRequestId: x(100) }, []],
    ["clientRequestId 100 characters plus outer spaces", { clientRequestId: `  ${x(100)}\t ` }, []],
    ["clientRequestId 101 characters", { clientRequestId: x(101) }, [{ field: "clientRequestId", code: "too_long", params: { max: 100, length: 101 } }]],
    ["clientRequestId 150 characters", { clientRequestId: x(150) }, [{ field: "clientRequestId", code: "too_long", params: { max: 100, length: 150 } }]],
    // Inner spaces are kept, not folded, so they count.
    ["clientRequestId 101 with inner spaces", { clientRequestId: `${x(50)}   ${x(48)}` }, [{ field: "clientRequestId", code: "too_long", params: { max: 100, length: 101 } }]],
    ["clientRequestId whitespace only", { clientRequestId: "  \t " }, []],
  ])("%s", (_name, overrides, expected) => {
    expect(issuesOf(overrides)).toEqual(expected);
  });

  // "Too old" compares the whole date, judged against the `today` it is given.
  it.each<[string, string, FieldIssue[]]>([
    ["2026-01-01", "2016-01-01", []],
    ["2026-01-01", "2015-12-31", [{ field: "incidentDate", code: "too_old", params: { years: 10 } }]],
    ["2026-12-31", "2016-12-31", []],
    ["2026-12-31", "2016-12-30", [{ field: "incidentDate", code: "too_old", params: { years: 10 } }]],
    ["2024-03-01", "2014-03-01", []],
    ["2024-03-01", "2014-02-28", [{ field: "incidentDate", code: "too_old", params: { years: 10 } }]],
    // On 29 Feb the limit is "2014-02-29", a day that does not exist: 1 March 2014 is the first allowed.
    ["2024-02-29", "2014-03-01", []],
    ["2024-02-29", "2014-02-28", [{ field: "incidentDate", code: "too_old", params: { years: 10 } }]],
  ])("today %s, incidentDate %s → %j", (today, incidentDate, expected) => {
    expect(issuesOf({ incidentDate }, today)).toEqual(expected);
  });

  it("an empty input names every required field, in form order", () => {
    expect(validateSubmission({}, TODAY)).toEqual({
      ok: false,
      issues: [
        { field: "kind", code: "required" },
        { field: "title", code: "required" },
        { field: "story", code: "required" },
        { field: "districtCode", code: "required" },
        { field: "privacy", code: "required" },
      ],
    });
  });

  it("reports every problem at once, not only the first", () => {
    expect(
      issuesOf({ kind: "X", title: x(151), incidentDate: "2026-08-18", reporterPhone: "12", reporterEmail: "a@b", clientRequestId: x(101) }),
    ).toEqual([
      { field: "kind", code: "invalid_choice" },
      { field: "title", code: "too_long", params: { max: 150, length: 151 } },
      { field: "incidentDate", code: "future_date" },
      { field: "reporterPhone", code: "invalid_phone" },
      { field: "reporterEmail", code: "invalid_email" },
      { field: "clientRequestId", code: "too_long", params: { max: 100, length: 101 } },
    ]);
  });

  it("judges 'future' by the local date it is given, not by UTC", () => {
    expect(issuesOf({ incidentDate: "2026-08-18" }, "2026-08-18")).toEqual([]);
  });
});

describe("validateSubmission: the cleaned value", () => {
  it("a fully valid input comes back cleaned", () => {
    const result = validateSubmission(
      {
        kind: " pengaduan ",
        title: "  Jalan   berlubang\tdi depan  SD  ",
        story: "  Lubang besar.\r\n\r\nSudah dua   motor jatuh.\rTolong.  ",
        incidentDate: " 2026-08-10 ",
        districtCode: "73.06.08",
        villageCode: "73.06.08.2001",
        landmark: " Depan   SD Inpres ",
        categoryId: " cat-jalan ",
        privacy: " Public ",
        showReporterName: true,
        reporterName: "  Daeng   Ngai ",
        reporterPhone: "+62 0812-3456-7890",
        reporterEmail: " Daeng@Contoh.ID ",
        clientRequestId: "  c0ffee-0001 ",
      },
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        kind: "PENGADUAN",
        title: "Jalan berlubang di depan SD",
        // Multi-line: CRLF and CR become LF, inner spaces stay, the ends are trimmed.
        story: "Lubang besar.\n\nSudah dua   motor jatuh.\nTolong.",
        incidentDate: "2026-08-10",
        districtCode: "73.06.08",
        villageCode: "73.06.08.2001",
        landmark: "Depan SD Inpres",
        categoryId: "cat-jalan",
        privacy: "PUBLIC",
        showReporterName: true,
        reporterName: "Daeng Ngai",
        reporterPhone: "+6281234567890",
        reporterEmail: "daeng@contoh.id",
        clientRequestId: "c0ffee-0001",
        suggestedAgencyId: null,
        latitude: null,
        longitude: null,
        contactPreference: "SMS",
        relaySahabatId: null,
      },
    });
  });

  it.each<[string, Partial<SubmissionInput>, boolean, string | null]>([
    ["SAHABAT with a pick keeps it", { contactPreference: "SAHABAT", relaySahabatId: " p-nur " }, false, "p-nur"],
    ["SAHABAT with no pick: anyone", { contactPreference: "SAHABAT", relaySahabatId: "" }, false, null],
    ["another preference drops a pick left from before", { contactPreference: "SMS", relaySahabatId: "p-nur" }, false, null],
    ["an assisted filing drops it: the filer relays", { contactPreference: "SAHABAT", relaySahabatId: "p-nur", reporterName: "Hasnah" }, true, null],
  ])("relay pick: %s", (_name, overrides, assisted, expected) => {
    const result = validateSubmission({ ...VALID, ...overrides }, TODAY, { signedIn: false, assisted });
    expect(result.ok && result.value.relaySahabatId).toBe(expected);
  });

  it("optional fields left empty become null (landmark becomes the empty string)", () => {
    const value = valueOf({
      incidentDate: "",
      villageCode: " ",
      landmark: null,
      categoryId: "",
      reporterName: undefined,
      reporterPhone: "",
      reporterEmail: "  ",
      clientRequestId: null,
    });
    expect(value).toMatchObject({
      incidentDate: null,
      villageCode: null,
      landmark: "",
      categoryId: null,
      reporterName: null,
      reporterPhone: null,
      reporterEmail: null,
      clientRequestId: null,
    });
  });

  it.each<[string, Partial<SubmissionInput>, boolean]>([
    ["PUBLIC, ticked", { privacy: "PUBLIC", showReporterName: true }, true],
    ["PUBLIC, not ticked", { privacy: "PUBLIC", showReporterName: false }, false],
    ["PUBLIC, null", { privacy: "PUBLIC", showReporterName: null }, false],
    ["ANONYMOUS, ticked", { privacy: "ANONYMOUS", showReporterName: true }, false],
    ["CONFIDENTIAL, ticked", { privacy: "CONFIDENTIAL", showReporterName: true }, false],
  ])("showReporterName %s → %s", (_name, overrides, expected) => {
    expect(valueOf(overrides).showReporterName).toBe(expected);
  });

  it.each<[string, Partial<SubmissionInput>, Pick<SubmissionInput, "kind" | "privacy">]>([
    ["lowercase kind", { kind: "aspirasi" }, { kind: "ASPIRASI" }],
    ["mixed-case kind with spaces", { kind: "  Permintaan_Informasi " }, { kind: "PERMINTAAN_INFORMASI" }],
    ["lowercase privacy", { privacy: "anonymous" }, { privacy: "ANONYMOUS" }],
    ["mixed-case privacy", { privacy: "cOnFiDeNtIaL" }, { privacy: "CONFIDENTIAL" }],
  ])("%s comes back in capitals", (_name, overrides, expected) => {
    expect(valueOf(overrides)).toMatchObject(expected);
  });

  it.each<[string, string | null, string | null]>([
    ["kept at 100 characters", x(100), x(100)],
    ["trimmed", "  abc  ", "abc"],
    ["trimmed of tabs and newlines", "\t abc\n", "abc"],
    ["inner spaces kept exactly", "  abc   def  ", "abc   def"],
    ["inner tab kept", "abc\tdef", "abc\tdef"],
    ["case kept", "C0FFEE-0001-abc", "C0FFEE-0001-abc"],
    ["100 after trimming", `   ${x(100)}   `, x(100)],
    ["empty → null", "", null],
    ["whitespace only → null", "   ", null],
    ["null → null", null, null],
  ])("clientRequestId %s", (_name, clientRequestId, expected) => {
    expect(valueOf({ clientRequestId }).clientRequestId).toBe(expected);
  });

  it("a clientRequestId over 100 characters is an error, not silently dropped", () => {
    expect(validateSubmission({ ...VALID, clientRequestId: ` ${x(120)} ` }, TODAY)).toEqual({
      ok: false,
      issues: [{ field: "clientRequestId", code: "too_long", params: { max: 100, length: 120 } }],
    });
  });
});

describe("validateSubmission: the filing's agency, location and how to hear back", () => {
  const run = (overrides: Partial<SubmissionInput>, signedIn = false) => {
    const result = validateSubmission({ ...VALID, ...overrides }, TODAY, { signedIn });
    return result.ok ? [] : result.issues;
  };

  it.each<[string, Partial<SubmissionInput>, boolean, FieldIssue[]]>([
    // suggested agency: an opaque id (existence is checked against the database)
    ["agency not chosen (I don't know)", { suggestedAgencyId: null }, false, []],
    ["agency blank", { suggestedAgencyId: "   " }, false, []],
    ["agency id", { suggestedAgencyId: "clx0agency01" }, false, []],
    ["agency id tampered with markup", { suggestedAgencyId: "<script>" }, false, [{ field: "suggestedAgencyId", code: "invalid_choice" }]],
    ["agency id far too long", { suggestedAgencyId: "a".repeat(41) }, false, [{ field: "suggestedAgencyId", code: "invalid_choice" }]],
    // location from "use my location": both or neither, within range
    ["no location", { latitude: null, longitude: null }, false, []],
    ["location as strings", { latitude: "-5.2855", longitude: "119.4419" }, false, []],
    ["location as numbers with many decimals", { latitude: -5.285512345678901, longitude: 119.44190000001 }, false, []],
    ["latitude without longitude", { latitude: "-5.2855", longitude: null }, false, [{ field: "latitude", code: "invalid_choice" }]],
    ["longitude without latitude", { latitude: "", longitude: "119.4" }, false, [{ field: "latitude", code: "invalid_choice" }]],
    ["latitude out of range", { latitude: "95", longitude: "119.4" }, false, [{ field: "latitude", code: "invalid_choice" }]],
    ["longitude out of range", { latitude: "-5", longitude: "-181" }, false, [{ field: "latitude", code: "invalid_choice" }]],
    ["latitude not a number", { latitude: "lima", longitude: "119.4" }, false, [{ field: "latitude", code: "invalid_choice" }]],
    ["exponent notation refused", { latitude: "1e2", longitude: "119.4" }, false, [{ field: "latitude", code: "invalid_choice" }]],
    // contact preference
    ["no preference given", { contactPreference: null }, false, []],
    ["NONE", { contactPreference: "NONE", reporterPhone: null, reporterEmail: null }, false, []],
    ["SAHABAT", { contactPreference: "SAHABAT", reporterPhone: null, reporterEmail: null }, false, []],
    ["sms lowercase with a phone", { contactPreference: "sms" }, false, []],
    ["SMS without a phone", { contactPreference: "SMS", reporterPhone: null }, false, [{ field: "reporterPhone", code: "required" }]],
    ["SMS with a whitespace phone", { contactPreference: "SMS", reporterPhone: "   " }, false, [{ field: "reporterPhone", code: "required" }]],
    ["SMS with a wrong phone", { contactPreference: "SMS", reporterPhone: "12" }, false, [{ field: "reporterPhone", code: "invalid_phone" }]],
    ["EMAIL with an e-mail", { contactPreference: "EMAIL" }, false, []],
    ["EMAIL without an e-mail", { contactPreference: "EMAIL", reporterEmail: "" }, false, [{ field: "reporterEmail", code: "required" }]],
    ["EMAIL with a wrong e-mail", { contactPreference: "EMAIL", reporterEmail: "daeng@" }, false, [{ field: "reporterEmail", code: "invalid_email" }]],
    ["ACCOUNT signed in", { contactPreference: "ACCOUNT" }, true, []],
    ["ACCOUNT not signed in", { contactPreference: "ACCOUNT" }, false, [{ field: "contactPreference", code: "sign_in_required" }]],
    ["unknown preference", { contactPreference: "MERPATI" }, false, [{ field: "contactPreference", code: "invalid_choice" }]],
  ])("%s", (_name, overrides, signedIn, expected) => {
    expect(run(overrides, signedIn)).toEqual(expected);
  });

  it.each<[string, Partial<SubmissionInput>, boolean, string]>([
    ["signed in, none chosen", { contactPreference: null }, true, "ACCOUNT"],
    ["phone given, none chosen", { contactPreference: null }, false, "SMS"],
    ["only e-mail, none chosen", { contactPreference: null, reporterPhone: null }, false, "EMAIL"],
    ["nothing given", { contactPreference: null, reporterPhone: null, reporterEmail: null }, false, "NONE"],
    ["chosen SAHABAT", { contactPreference: "sahabat" }, false, "SAHABAT"],
  ])("preference: %s → %s", (_name, overrides, signedIn, expected) => {
    const result = validateSubmission({ ...VALID, ...overrides }, TODAY, { signedIn });
    expect(result.ok && result.value.contactPreference).toBe(expected);
  });

  it.each<[string, Partial<SubmissionInput>, string | FieldIssue[]]>([
    ["assisted, nothing given: through the sahabat", { contactPreference: null, reporterPhone: null, reporterEmail: null }, "SAHABAT"],
    ["assisted, the resident's phone given", { contactPreference: null }, "SMS"],
    ["assisted, NONE chosen", { contactPreference: "NONE", reporterPhone: null, reporterEmail: null }, "NONE"],
    ["assisted, without the resident's name", { reporterName: "  " }, [{ field: "reporterName", code: "required" }]],
    ["assisted, ACCOUNT: the resident has none here", { contactPreference: "ACCOUNT" }, [{ field: "contactPreference", code: "sign_in_required" }]],
  ])("%s", (_name, overrides, expected) => {
    const result = validateSubmission({ ...VALID, reporterName: "Hasnah", ...overrides }, TODAY, { signedIn: false, assisted: true });
    if (typeof expected === "string") expect(result.ok && result.value.contactPreference).toBe(expected);
    else expect(result.ok ? [] : result.issues).toEqual(expected);
  });

  it("keeps the location as numbers and the agency id", () => {
    const result = validateSubmission({ ...VALID, latitude: "-5.2855", longitude: "119.4419", suggestedAgencyId: " ag1 " }, TODAY);
    expect(result.ok && [result.value.latitude, result.value.longitude, result.value.suggestedAgencyId]).toEqual([-5.2855, 119.4419, "ag1"]);
  });
});
