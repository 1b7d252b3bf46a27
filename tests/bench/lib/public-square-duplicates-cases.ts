// The duplicate check of the filing (/lapor/serupa, asked after the category step): the query the
// step sends, beside the bare SQL of the candidate rows it compares (the newest open public
// complaints of the place and category, on the [categoryId, districtCode] and [villageCode]
// indexes). The similarity itself runs in the process on at most CANDIDATE_LIMIT rows.
import { CANDIDATE_LIMIT, publicCandidateStatuses, publicPrivacies } from "../../../server/src/services/use-cases/duplicates.ts";
import type { BenchCase, CaseBuilder } from "./public-square-case.ts";

/** The filing step's document (web/src/routes/lapor/similar.server.ts), as it sends it. */
const QUERY = /* GraphQL */ `
  query FilingSimilarComplaints($districtCode: String!, $villageCode: String, $categoryId: String!, $title: String, $story: String) {
    similarComplaints(districtCode: $districtCode, villageCode: $villageCode, categoryId: $categoryId, title: $title, story: $story) {
      trackingCode title statusLabel districtName villageName supportCount
    }
  }
`;

/** The candidate rows with the names of their place, newest first; `$3` null: the whole kecamatan. */
const BARE_SQL = `
  SELECT c.id, c."trackingCode", c.title, c.story, c."publicTitle", c."publicStory", c.status, c."supportCount",
         c."submittedAt", d.name AS "districtName", v.name AS "villageName"
  FROM "Complaint" c
  JOIN "Region" d ON d.code = c."districtCode"
  LEFT JOIN "Region" v ON v.code = c."villageCode"
  WHERE c."categoryId" = $1 AND c."districtCode" = $2 AND ($3::text IS NULL OR c."villageCode" = $3)
    AND c.status::text = ANY($4::text[]) AND c.privacy::text = ANY($5::text[])
    AND c."isSandbox" = false AND c."mergedIntoId" IS NULL
  ORDER BY c."submittedAt" DESC
  LIMIT ${CANDIDATE_LIMIT}`;

function duplicateCase(name: string, facts: Parameters<CaseBuilder>[0], villageCode: string | null): BenchCase {
  const title = `${facts.commonWord} berlubang di depan sekolah`;
  const story = `Sudah sebulan ${facts.commonWord} rusak, anak-anak jatuh dari motor.`;
  return {
    name,
    query: QUERY,
    variables: { districtCode: facts.districtCode, villageCode, categoryId: facts.categoryId, title, story },
    bareSql: BARE_SQL,
    bareParams: [facts.categoryId, facts.districtCode, villageCode, [...publicCandidateStatuses], [...publicPrivacies]],
  };
}

export const cases: CaseBuilder = (facts) => [
  duplicateCase("/lapor/serupa (same desa and category)", facts, facts.villageCode),
  duplicateCase("/lapor/serupa (same kecamatan and category, no desa)", facts, null),
];
