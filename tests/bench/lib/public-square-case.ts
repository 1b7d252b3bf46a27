// One measured case of the public-square benchmark (tests/bench/public-square.ts): what a page
// asks the API for, and the bare SQL query that reads the same rows, timed side by side in the
// same run on the same seeded database (100,000 complaints).

/** Facts about the seeded data a case may need to build its request. */
export type SeededFacts = {
  /** A kecamatan with many public complaints. */
  districtCode: string;
  /** A desa inside it. */
  villageCode: string;
  /** A category used by many public complaints. */
  categoryId: string;
  /** A word that occurs in many public complaints' text. */
  commonWord: string;
};

export type BenchCase = {
  /** Shown in the printed table, e.g. "/laporan (newest, page 1)". */
  name: string;
  /** The GraphQL document the page sends, and its variables. */
  query: string;
  variables: Record<string, unknown>;
  /** A bare SQL query returning the same rows (text and parameters, PostgreSQL placeholders $1…). */
  bareSql: string;
  bareParams: unknown[];
  /**
   * SQL run (untimed) before each page request, for a case that measures a page after the data
   * changed (e.g. a complaint updated, so cached figures must be computed again).
   */
  beforePage?: string;
};

export type CaseBuilder = (facts: SeededFacts) => BenchCase[];
