import { describe, expect, it } from "vitest";
import { mayManageTemplates, TEMPLATE_BODY_MAX, TEMPLATE_TITLE_MAX, validateTemplate } from "./template.ts";

describe("validateTemplate", () => {
  it.each([
    [{ title: " Jalan  rusak ", body: " Terima kasih.\r\nKami cek. " }, { ok: true, value: { title: "Jalan rusak", body: "Terima kasih.\nKami cek." } }],
    [{ title: "", body: "" }, { ok: false, issues: [{ field: "title", code: "required" }, { field: "body", code: "required" }] }],
    [{ title: "   ", body: "Isi" }, { ok: false, issues: [{ field: "title", code: "required" }] }],
    [
      { title: "x".repeat(TEMPLATE_TITLE_MAX + 1), body: "y".repeat(TEMPLATE_BODY_MAX + 1) },
      {
        ok: false,
        issues: [
          { field: "title", code: "too_long", params: { max: TEMPLATE_TITLE_MAX, length: TEMPLATE_TITLE_MAX + 1 } },
          { field: "body", code: "too_long", params: { max: TEMPLATE_BODY_MAX, length: TEMPLATE_BODY_MAX + 1 } },
        ],
      },
    ],
    [{ title: "x".repeat(TEMPLATE_TITLE_MAX), body: "y" }, { ok: true, value: { title: "x".repeat(TEMPLATE_TITLE_MAX), body: "y" } }],
  ])("%j", (input, expected) => {
    expect(validateTemplate(input)).toEqual(expected);
  });
});

describe("mayManageTemplates", () => {
  it.each([
    [[{ role: "ADMINISTRATOR", agencyId: null }], "a", true],
    [[{ role: "AGENCY_OFFICER", agencyId: "a" }], "a", true],
    [[{ role: "AGENCY_OFFICER", agencyId: "b" }], "a", false],
    [[{ role: "VERIFIER", agencyId: null }], "a", false],
    [[{ role: "RESIDENT", agencyId: null }], "a", false],
    [[], "a", false],
  ])("%j on %s → %s", (roles, agency, expected) => {
    expect(mayManageTemplates(roles, agency)).toBe(expected);
  });
});
