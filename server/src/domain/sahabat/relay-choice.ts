// Which sahabat passes answers on to a resident who filed by themselves and chose to hear back
// "Lewat Sahabat LAPOR!": the one they picked from the public list of their kecamatan, or else
// the one with the fewest open relay tasks. Pure: the caller gathers the kecamatan's sahabat.
import type { FieldIssue } from "../shared/field-issue.ts";

export type RelayCandidate = {
  userId: string;
  /** The id of their entry in the public directory; null while they have not published one. */
  profileId: string | null;
  /** Tasks in their "Perlu disampaikan" not yet done. */
  openRelays: number;
};

export type RelayChoice = { ok: true; sahabatId: string } | { ok: false; issues: FieldIssue[] };

/**
 * `picked`: a directory entry's id, or null for "anyone". A pick must be a published entry of a
 * sahabat of this kecamatan. With no sahabat at all the SAHABAT preference cannot be kept.
 * Ties on open relays go to the first by account id, so the same state always gives the same one.
 */
export function chooseRelaySahabat(candidates: readonly RelayCandidate[], picked: string | null): RelayChoice {
  if (candidates.length === 0) return { ok: false, issues: [{ field: "contactPreference", code: "no_sahabat" }] };
  if (picked) {
    const chosen = candidates.find((c) => c.profileId !== null && c.profileId === picked);
    return chosen ? { ok: true, sahabatId: chosen.userId } : { ok: false, issues: [{ field: "relaySahabatId", code: "invalid_choice" }] };
  }
  const [first] = [...candidates].sort((a, b) => a.openRelays - b.openRelays || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  return { ok: true, sahabatId: first!.userId };
}
