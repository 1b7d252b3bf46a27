// How strict a complaint's privacy is, so staff can only ever make it stricter: a reporter's
// choice is loosened only with their consent, which staff pages do not record.
import type { Privacy } from "./privacy.ts";

export type PrivacySetting = { privacy: Privacy; showReporterName: boolean };

/** 0 = name shown to the public … 3 = confidential. */
export function strictness({ privacy, showReporterName }: PrivacySetting): number {
  if (privacy === "CONFIDENTIAL") return 3;
  if (privacy === "ANONYMOUS") return 2;
  return showReporterName ? 0 : 1;
}

/** The reporter's name is public only under PUBLIC, so any other mode drops the flag. */
export function normalized(setting: PrivacySetting): PrivacySetting {
  return { privacy: setting.privacy, showReporterName: setting.privacy === "PUBLIC" && setting.showReporterName };
}

export type PrivacyChange = { ok: true; to: PrivacySetting } | { ok: false; code: "unchanged" | "needs_consent" };

/** Whether staff may move a complaint from one setting to another (stricter only). */
export function restrictPrivacy(from: PrivacySetting, wanted: PrivacySetting): PrivacyChange {
  const to = normalized(wanted);
  const diff = strictness(to) - strictness(normalized(from));
  if (diff === 0) return { ok: false, code: "unchanged" };
  if (diff < 0) return { ok: false, code: "needs_consent" };
  return { ok: true, to };
}

export type ReporterPrivacyChange = { ok: true; to: PrivacySetting; looser: boolean } | { ok: false; code: "unchanged" | "no_name" };

/**
 * The reporter's own choice, with their code and PIN (on the web or by SMS): either way, since it
 * is their consent that staff could not record. Their name can be shown only if they gave one.
 */
export function reporterPrivacy(from: PrivacySetting, wanted: PrivacySetting, hasName: boolean): ReporterPrivacyChange {
  const to = normalized(wanted);
  if (to.showReporterName && !hasName) return { ok: false, code: "no_name" };
  const diff = strictness(to) - strictness(normalized(from));
  if (diff === 0) return { ok: false, code: "unchanged" };
  return { ok: true, to, looser: diff < 0 };
}
