// Likely duplicates: open complaints about the same problem in the same place and category (their
// places named from the reference data held in memory). For a resident filing, only what the
// privacy rules make public (never a practice one, never one already merged, nothing at all in a
// workshop); for the verifier of a new complaint, what they may read in
// their region too (an unverified one there is most likely the very duplicate). A bounded set of
// candidates comes from SQL (newest first, on the [categoryId, districtCode] and [villageCode]
// indexes); the domain's similarity decides which look alike.
import type { Context } from "../../context.ts";
import { isDuplicateCandidateStatus, likelyDuplicates, placeWords, type ComplaintText } from "../../domain/complaint/similarity.ts";
import { STATUSES, type Status } from "../../domain/complaint/status.ts";
import { accessFor, canSeeStory, complaintAccess, isVerified, type Privacy } from "../../domain/privacy/privacy.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { ACCESS_SELECT, type AccessRow, audiencesFor } from "./complaint-access.ts";
import { referenceData } from "./reference-data.ts";
import { currentParticipation } from "./workshops.ts";

/** How many of the newest complaints of the place and category are compared: bounds the work. */
export const CANDIDATE_LIMIT = 60;
/** How many likely duplicates are shown: a phone screen's worth. */
export const SHOWN_LIMIT = 3;

const PRIVACIES: readonly Privacy[] = ["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"];

/** The privacy modes under which anyone may read a verified complaint (the privacy module's answer). */
export const publicPrivacies: readonly Privacy[] = PRIVACIES.filter((p) => canSeeStory(accessFor("PUBLIC", p, false, true)));

/** Open statuses in which a complaint is also public (verified): what a resident may be shown. */
export const publicCandidateStatuses: readonly Status[] = STATUSES.filter((s) => isVerified(s) && isDuplicateCandidateStatus(s));

/** Every open status: a verifier compares with unverified ones too. */
const staffCandidateStatuses: readonly Status[] = STATUSES.filter(isDuplicateCandidateStatus);

/** Never a confidential one for a verifier: it cannot take in another's reporter. */
const staffPrivacies: readonly Privacy[] = PRIVACIES.filter((p) => p !== "CONFIDENTIAL");

export type SimilarComplaint = {
  id: string;
  trackingCode: string;
  /** What this reader may read as its title: the public (redacted) text for residents. */
  title: string;
  status: Status;
  districtName: string;
  villageName: string | null;
  supportCount: number;
  submittedAt: Date;
  score: number;
};

export type DraftPlace = { districtCode: string; villageCode?: string | null; categoryId: string | null };

/** A candidate row: what the similarity compares, what access is decided from, and its place's names. */
type Candidate = AccessRow & {
  trackingCode: string;
  title: string;
  story: string;
  publicTitle: string | null;
  publicStory: string | null;
  supportCount: number;
  submittedAt: Date;
  villageCode: string | null;
  districtName: string;
  villageName: string | null;
};

/** The columns access is decided from (complaint-access.ts says which). */
const ACCESS_COLUMNS = Prisma.raw(
  Object.keys(ACCESS_SELECT)
    .map((column) => `"${column}"`)
    .join(", "),
);

/** Which complaints are compared: the place (and category), the statuses and privacy modes, never `excludeId`. */
type CandidateFilter = DraftPlace & { statuses: readonly Status[]; privacies: readonly Privacy[]; excludeId?: string };

/**
 * The newest CANDIDATE_LIMIT real, not merged complaints of the filter: one statement on the
 * [categoryId, districtCode] or [villageCode] index. Raw SQL, as the public list is: on the filing's
 * path after the category step, Prisma's findMany of the same rows cost 5 ms where this costs 3.
 */
async function candidates(ctx: Context, filter: CandidateFilter): Promise<Candidate[]> {
  const and = (condition: Prisma.Sql | null) => (condition ? Prisma.sql`AND ${condition}` : Prisma.empty);
  const [rows, reference] = await Promise.all([
    ctx.prisma.$queryRaw<Array<Omit<Candidate, "districtName" | "villageName">>>`
      SELECT ${ACCESS_COLUMNS}, "trackingCode", "title", "story", "publicTitle", "publicStory", "supportCount", "submittedAt", "villageCode"
      FROM "Complaint"
      WHERE "districtCode" = ${filter.districtCode}
        ${and(filter.categoryId ? Prisma.sql`"categoryId" = ${filter.categoryId}` : null)}
        ${and(filter.villageCode ? Prisma.sql`"villageCode" = ${filter.villageCode}` : null)}
        ${and(filter.excludeId ? Prisma.sql`"id" <> ${filter.excludeId}` : null)}
        AND "status"::text = ANY(${[...filter.statuses]}) AND "privacy"::text = ANY(${[...filter.privacies]})
        AND "isSandbox" = false AND "mergedIntoId" IS NULL
      ORDER BY "submittedAt" DESC
      LIMIT ${CANDIDATE_LIMIT}`,
    referenceData(ctx.prisma, ctx.deps.now().getTime()),
  ]);
  const nameOf = (code: string | null) => (code === null ? null : (reference.regions.get(code)?.name ?? null));
  return rows.map((r) => ({ ...r, districtName: nameOf(r.districtCode) ?? "", villageName: nameOf(r.villageCode) }));
}

function shape(c: Candidate & { score: number }, title: string): SimilarComplaint {
  return {
    id: c.id,
    trackingCode: c.trackingCode,
    title,
    status: c.status,
    districtName: c.districtName,
    villageName: c.villageName,
    supportCount: c.supportCount,
    submittedAt: c.submittedAt,
    score: c.score,
  };
}

/** The words of the place every candidate shares, which say nothing about the problem. */
function ignoredWords(rows: readonly Candidate[]): Set<string> {
  const first = rows[0];
  return placeWords(first?.districtName, first?.villageName);
}

/**
 * Public complaints a resident's draft may repeat: none in a workshop (practice filing never shows
 * real complaints), none without a category (nothing to compare within).
 */
export async function similarComplaints(ctx: Context, place: DraftPlace, draft: ComplaintText): Promise<SimilarComplaint[]> {
  if (!place.categoryId || !place.districtCode) return [];
  if (await currentParticipation(ctx)) return [];
  const rows = await candidates(ctx, { ...place, statuses: publicCandidateStatuses, privacies: publicPrivacies });
  // The public reads the public (redacted) text; compare that, and show that.
  const publicText = rows.map((r) => ({ ...r, title: r.publicTitle ?? r.title, story: r.publicStory ?? r.story }));
  return likelyDuplicates(draft, publicText, SHOWN_LIMIT, ignoredWords(rows)).map((c) => shape(c, c.title));
}

/**
 * Complaints a new one may repeat, for whoever handles it: open ones of the same place and category
 * that this viewer may read, never a confidential one (it cannot take in another's reporter), never
 * itself; when the reporter left the category to the verifier, of any category. The caller checks
 * the viewer may merge.
 */
export async function duplicatesOf(
  ctx: Context,
  complaint: { id: string; title: string; story: string; districtCode: string; villageCode: string | null; categoryId: string | null },
): Promise<SimilarComplaint[]> {
  const rows = await candidates(ctx, { ...complaint, statuses: staffCandidateStatuses, privacies: staffPrivacies, excludeId: complaint.id });
  const readable: Candidate[] = [];
  for (const row of rows) {
    const access = complaintAccess(await audiencesFor(ctx, row), row.privacy, row.showReporterName, isVerified(row.status));
    if (canSeeStory(access)) readable.push(row);
  }
  return likelyDuplicates(complaint, readable, SHOWN_LIMIT, ignoredWords(readable)).map((c) => shape(c, c.title));
}
