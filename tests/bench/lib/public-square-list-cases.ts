// The public list's cases for the public-square benchmark: what /laporan asks (the web's own
// PublicList document, as its load sends it) beside one hand-written SQL query returning the
// same rows: the page's 20 complaints with their place and category names.
import { readFileSync } from "node:fs";
import type { BenchCase, CaseBuilder, SeededFacts } from "./public-square-case.ts";

/** The page's own document, read from its load (so the bench times exactly what the page asks). */
function pageDocument(): string {
  const source = readFileSync(new URL("../../../web/src/routes/laporan/+page.server.ts", import.meta.url), "utf8");
  const found = /graphql\(\/\* GraphQL \*\/ `([\s\S]*?query PublicList[\s\S]*?)`\)/.exec(source);
  if (!found) throw new Error("no PublicList document in web/src/routes/laporan/+page.server.ts");
  return found[1]!;
}

/** What anyone may read: the privacy rules' modes and statuses (publiclyReadable), real and not merged. */
const PUBLIC = `c."isSandbox" = false AND c."mergedIntoId" IS NULL
  AND c."privacy" IN ('PUBLIC', 'ANONYMOUS')
  AND c."status" IN ('VERIFIED', 'DISPOSED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'NOT_OUR_AUTHORITY')`;

const ROWS = `SELECT c."id", c."trackingCode", coalesce(c."publicTitle", c."title") AS "title", c."kind", c."status",
    c."submittedAt", c."supportCount", d."name" AS "districtName", v."name" AS "villageName", cat."nameId" AS "categoryName"
  FROM "Complaint" c
  JOIN "Region" d ON d."code" = c."districtCode"
  LEFT JOIN "Region" v ON v."code" = c."villageCode"
  LEFT JOIN "Category" cat ON cat."id" = c."categoryId"`;

const NEWEST = `ORDER BY c."submittedAt" DESC, c."id" DESC`;

/**
 * The whole list, as one would write it to be fast: each public privacy × status pair read in
 * order from its index, the page taken from their merge, names joined for its rows only.
 */
function wholeList(order: "submittedAt" | "supportCount", offset: number): string {
  const newest = `"submittedAt" DESC, "id" DESC`;
  const columns = order === "submittedAt" ? newest : `"supportCount" DESC, ${newest}`;
  const at = (alias: string, cols = columns) => cols.split(", ").map((c) => `${alias}.${c}`).join(", ");
  const pairs = ["PUBLIC", "ANONYMOUS"].flatMap((p) =>
    ["VERIFIED", "DISPOSED", "IN_PROGRESS", "RESOLVED", "CLOSED", "NOT_OUR_AUTHORITY"].map((s) => `('${p}'::"Privacy", '${s}'::"ComplaintStatus")`),
  );
  const perPair = (condition: string, cols: string) => `
      SELECT p."id", p."submittedAt", p."supportCount" FROM (VALUES ${pairs.join(", ")}) AS k("privacy", "status")
      CROSS JOIN LATERAL (
        SELECT x."id", x."submittedAt", x."supportCount" FROM "Complaint" x
        WHERE x."isSandbox" = false AND x."privacy" = k."privacy" AND x."status" = k."status" AND x."mergedIntoId" IS NULL AND ${condition}
        ORDER BY ${at("x", cols)} LIMIT ${offset + 20}
      ) p`;
  // Most supported: the supported ones by count, then the unsupported newest first (two indexes).
  const candidates =
    order === "submittedAt"
      ? perPair("true", columns)
      : `SELECT * FROM ((${perPair(`x."supportCount" > 0`, columns)}) UNION ALL (${perPair(`x."supportCount" = 0`, newest)})) p`;
  return `WITH page AS (${candidates} ORDER BY ${at("p")} LIMIT 20 OFFSET ${offset})
    ${ROWS} JOIN page p ON p."id" = c."id" ORDER BY ${at("p")}`;
}

export const cases: CaseBuilder = (facts: SeededFacts): BenchCase[] => {
  const query = pageDocument();
  const variables = (v: { filter?: Record<string, string>; search?: string; sort?: string; page?: number }) => ({
    filter: v.filter ?? {},
    search: v.search ?? null,
    sort: v.sort ?? "NEWEST",
    page: v.page ?? 1,
    parentCode: "73.06",
    villageParent: v.filter?.["district"] ?? "",
    withVillages: Boolean(v.filter?.["district"]),
  });
  return [
    {
      name: "/laporan (newest, page 1)",
      query,
      variables: variables({}),
      bareSql: wholeList("submittedAt", 0),
      bareParams: [],
    },
    {
      name: "/laporan (newest, page 50)",
      query,
      variables: variables({ page: 50 }),
      bareSql: wholeList("submittedAt", 980),
      bareParams: [],
    },
    {
      name: "/laporan (kecamatan + category)",
      query,
      variables: variables({ filter: { district: facts.districtCode, category: facts.categoryId } }),
      bareSql: `${ROWS} WHERE ${PUBLIC} AND c."districtCode" = $1 AND c."categoryId" = $2 ${NEWEST} LIMIT 20 OFFSET 0`,
      bareParams: [facts.districtCode, facts.categoryId],
    },
    {
      name: "/laporan (most supported)",
      query,
      variables: variables({ sort: "MOST_SUPPORTED" }),
      bareSql: wholeList("supportCount", 0),
      bareParams: [],
    },
    {
      name: `/laporan (words "${facts.commonWord}")`,
      query,
      variables: variables({ search: facts.commonWord }),
      bareSql: `${ROWS} WHERE ${PUBLIC}
        AND c."publicText" @@ websearch_to_tsquery('indonesian', $1)
        ${NEWEST} LIMIT 20 OFFSET 0`,
      bareParams: [facts.commonWord],
    },
    {
      name: "/laporan (two words, kecamatan)",
      query,
      variables: variables({ filter: { district: facts.districtCode }, search: "jembatan tersumbat" }),
      bareSql: `${ROWS} WHERE ${PUBLIC} AND c."districtCode" = $1
        AND c."publicText" @@ websearch_to_tsquery('indonesian', $2)
        ${NEWEST} LIMIT 20 OFFSET 0`,
      bareParams: [facts.districtCode, "jembatan tersumbat"],
    },
  ];
};
