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
import type { Prisma } from "../../generated/prisma/client.ts";
import { ACCESS_SELECT, audiencesFor } from "./complaint-access.ts";
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

const candidateSelect = {
  ...ACCESS_SELECT,
  trackingCode: true,
  title: true,
  story: true,
  publicTitle: true,
  publicStory: true,
  supportCount: true,
  submittedAt: true,
  villageCode: true,
} satisfies Prisma.ComplaintSelect;

/** A candidate row with its place's names (from the reference data held in memory). */
type Candidate = Prisma.ComplaintGetPayload<{ select: typeof candidateSelect }> & { districtName: string; villageName: string | null };

/** The same desa when it is given, else the same kecamatan; the same category (any, when none is given). */
function placeWhere(place: DraftPlace): Prisma.ComplaintWhereInput {
  return {
    ...(place.categoryId ? { categoryId: place.categoryId } : {}),
    districtCode: place.districtCode,
    ...(place.villageCode ? { villageCode: place.villageCode } : {}),
  };
}

async function candidates(ctx: Context, where: Prisma.ComplaintWhereInput): Promise<Candidate[]> {
  const [rows, reference] = await Promise.all([
    ctx.prisma.complaint.findMany({
      where: { ...where, isSandbox: false, mergedIntoId: null },
      select: candidateSelect,
      orderBy: { submittedAt: "desc" },
      take: CANDIDATE_LIMIT,
    }),
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
  const rows = await candidates(ctx, {
    ...placeWhere(place),
    status: { in: [...publicCandidateStatuses] },
    privacy: { in: [...publicPrivacies] },
  });
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
  const rows = await candidates(ctx, {
    ...placeWhere(complaint),
    id: { not: complaint.id },
    status: { in: [...staffCandidateStatuses] },
    privacy: { not: "CONFIDENTIAL" },
  });
  const readable: Candidate[] = [];
  for (const row of rows) {
    const access = complaintAccess(await audiencesFor(ctx, row), row.privacy, row.showReporterName, isVerified(row.status));
    if (canSeeStory(access)) readable.push(row);
  }
  return likelyDuplicates(complaint, readable, SHOWN_LIMIT, ignoredWords(readable)).map((c) => shape(c, c.title));
}
