// "Who is being served": the optional questions a reporter may answer after filing, and what an
// answer counts as. Disability follows the Washington Group short set (six everyday activities,
// four levels of difficulty; a person "with a disability" has a lot of difficulty, or cannot do
// it at all, in at least one). Age in five bands (60 and over is lansia), gender as asked on
// Indonesian forms. Every answer may be left empty; empty is "not stated", never a guess.
import type { FieldIssue } from "../shared/field-issue.ts";

export const DIFFICULTY_DOMAINS = ["seeing", "hearing", "walking", "remembering", "selfCare", "communicating"] as const;
export type DifficultyDomain = (typeof DIFFICULTY_DOMAINS)[number];
export const DIFFICULTIES = ["NONE", "SOME", "A_LOT", "CANNOT"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const AGE_BANDS = ["UNDER_18", "FROM_18_TO_29", "FROM_30_TO_44", "FROM_45_TO_59", "FROM_60"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const GENDERS = ["FEMALE", "MALE"] as const;
export type Gender = (typeof GENDERS)[number];
/** How the complaint came in: by the resident, through a sahabat, by SMS, or another door (Open311). */
export const INCLUSION_CHANNELS = ["SELF", "SAHABAT", "SMS", "OTHER"] as const;
export type InclusionChannel = (typeof INCLUSION_CHANNELS)[number];

export type Answers = { [D in DifficultyDomain]: Difficulty | null } & { ageBand: AgeBand | null; gender: Gender | null };

/** The complaint's channel (the filing's word) as the figures count it. */
export function inclusionChannelOf(channel: "WEB" | "ASSISTED" | "SMS" | "OPEN311"): InclusionChannel {
  switch (channel) {
    case "WEB":
      return "SELF";
    case "ASSISTED":
      return "SAHABAT";
    case "SMS":
      return "SMS";
    case "OPEN311":
      return "OTHER";
  }
}

/** The Washington Group's cut-off: at least one activity with a lot of difficulty or not at all. */
export type DisabilityStatus = "WITH_DISABILITY" | "WITHOUT_DISABILITY" | "NOT_STATED";
export const DISABILITY_STATUSES = ["WITH_DISABILITY", "WITHOUT_DISABILITY", "NOT_STATED"] as const satisfies readonly DisabilityStatus[];

export function disabilityStatus(answers: Pick<Answers, DifficultyDomain>): DisabilityStatus {
  const given = DIFFICULTY_DOMAINS.map((domain) => answers[domain]);
  if (given.some((level) => level === "A_LOT" || level === "CANNOT")) return "WITH_DISABILITY";
  // Without a disability only when every activity was answered: a gap could hide one.
  if (given.every((level) => level !== null)) return "WITHOUT_DISABILITY";
  return "NOT_STATED";
}

/** Nothing answered at all: nothing is stored (the same as skipping). */
export function isEmpty(answers: Answers): boolean {
  return DIFFICULTY_DOMAINS.every((domain) => answers[domain] === null) && answers.ageBand === null && answers.gender === null;
}

type Raw = Partial<Record<DifficultyDomain | "ageBand" | "gender", string | null | undefined>>;

function pick<T extends string>(values: readonly T[], raw: string | null | undefined): T | null | "invalid" {
  const value = raw?.trim() ?? "";
  if (value === "") return null;
  return (values as readonly string[]).includes(value) ? (value as T) : "invalid";
}

/**
 * The answers from a form or an API call: blank is "not stated"; a value outside the choices is an
 * error at its field (a tampered form), never stored or guessed.
 */
export function parseAnswers(raw: Raw): { answers: Answers; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const answers = { ageBand: null, gender: null } as Answers;
  for (const domain of DIFFICULTY_DOMAINS) {
    const value = pick(DIFFICULTIES, raw[domain]);
    if (value === "invalid") issues.push({ field: domain, code: "invalid_choice" });
    answers[domain] = value === "invalid" ? null : value;
  }
  const ageBand = pick(AGE_BANDS, raw.ageBand);
  if (ageBand === "invalid") issues.push({ field: "ageBand", code: "invalid_choice" });
  answers.ageBand = ageBand === "invalid" ? null : ageBand;
  const gender = pick(GENDERS, raw.gender);
  if (gender === "invalid") issues.push({ field: "gender", code: "invalid_choice" });
  answers.gender = gender === "invalid" ? null : gender;
  return { answers, issues };
}
