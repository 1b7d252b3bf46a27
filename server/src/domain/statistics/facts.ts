// The facts the open statistics are computed from: for every public complaint, the columns the
// figures group and measure by, held in columns (typed arrays) rather than one object a complaint,
// with the repeating strings (kind, category, kecamatan, agency, status, channel) as small numbers
// into a dictionary each. 100,000 complaints cost a few MB, and one pass over the arrays counts
// them all (aggregate.ts). Pure: the use case loads the rows and tells this table which complaints
// changed; which complaints are public is decided there, by the privacy module.

/** One complaint's facts as the use case reads them: times in milliseconds since the epoch, null when not (yet) kept. */
export type FactRow = {
  kind: string;
  categoryId: string | null;
  districtCode: string;
  agencyId: string | null;
  status: string;
  channel: string;
  submittedAt: number;
  verifiedAt: number | null;
  disposedAt: number | null;
  firstAnswerAt: number | null;
};

/** The string columns, in the order the figures group by them (with month and the times beside). */
export const FACT_COLUMNS = ["kind", "category", "district", "agency", "status", "channel"] as const;
export type FactColumn = (typeof FACT_COLUMNS)[number];

/** Codes are stored as 16-bit numbers: far more categories, kecamatan or agencies than a regency has. */
const MAX_CODE = 0xffff;

/** Strings of one column and their codes; code 0 is null. Only grows (a code once given stays valid). */
export class Dictionary {
  readonly values: (string | null)[] = [null];
  private readonly codes = new Map<string, number>();

  codeOf(value: string | null): number {
    if (value === null) return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      if (code > MAX_CODE) throw new Error(`statistics facts: more than ${MAX_CODE} distinct values in one column`);
      // A copy of its own: a value cut from a long text read at once would keep all of that text.
      const own = [...value].join("");
      this.values.push(own);
      this.codes.set(own, code);
    }
    return code;
  }

  /** The code of a value already seen, or -1. */
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }
}

/** What the aggregation reads: `size` rows of each column (times NaN when not kept). */
export type FactsView = {
  readonly size: number;
  readonly codes: Readonly<Record<FactColumn, Uint16Array>>;
  readonly dictionaries: Readonly<Record<FactColumn, { readonly values: readonly (string | null)[]; find(value: string): number }>>;
  readonly submittedAt: Float64Array;
  readonly verifiedAt: Float64Array;
  readonly disposedAt: Float64Array;
  readonly firstAnswerAt: Float64Array;
};

const INITIAL_CAPACITY = 1024;

/**
 * The public complaints' facts, kept as complaints change: `upsert` a complaint that is public
 * (new, or changed), `remove` one that no longer is. Rows are dense (a removed row's place takes
 * the last row), so a pass reads `size` rows and nothing else. `version` moves whenever a figure
 * could have: figures computed at one version are still right while it stays.
 */
export class StatisticsFacts implements FactsView {
  size = 0;
  version = 0;
  codes: Record<FactColumn, Uint16Array>;
  readonly dictionaries: Record<FactColumn, Dictionary> = {
    kind: new Dictionary(),
    category: new Dictionary(),
    district: new Dictionary(),
    agency: new Dictionary(),
    status: new Dictionary(),
    channel: new Dictionary(),
  };
  submittedAt: Float64Array;
  verifiedAt: Float64Array;
  disposedAt: Float64Array;
  firstAnswerAt: Float64Array;
  /** The complaint in each row, and each complaint's row. */
  private ids: string[] = [];
  private readonly rowOf = new Map<string, number>();

  constructor(capacity = INITIAL_CAPACITY) {
    const n = Math.max(capacity, 16);
    this.codes = {
      kind: new Uint16Array(n),
      category: new Uint16Array(n),
      district: new Uint16Array(n),
      agency: new Uint16Array(n),
      status: new Uint16Array(n),
      channel: new Uint16Array(n),
    };
    this.submittedAt = new Float64Array(n);
    this.verifiedAt = new Float64Array(n);
    this.disposedAt = new Float64Array(n);
    this.firstAnswerAt = new Float64Array(n);
  }

  has(id: string): boolean {
    return this.rowOf.has(id);
  }

  /** Adds or replaces a complaint's facts; false when they were already exactly these. */
  upsert(id: string, fact: FactRow): boolean {
    let row = this.rowOf.get(id);
    const codes = {
      kind: this.dictionaries.kind.codeOf(fact.kind),
      category: this.dictionaries.category.codeOf(fact.categoryId),
      district: this.dictionaries.district.codeOf(fact.districtCode),
      agency: this.dictionaries.agency.codeOf(fact.agencyId),
      status: this.dictionaries.status.codeOf(fact.status),
      channel: this.dictionaries.channel.codeOf(fact.channel),
    };
    const times = [fact.submittedAt, fact.verifiedAt ?? Number.NaN, fact.disposedAt ?? Number.NaN, fact.firstAnswerAt ?? Number.NaN] as const;
    if (row !== undefined && this.same(row, codes, times)) return false;
    if (row === undefined) {
      if (this.size === this.submittedAt.length) this.grow();
      row = this.size++;
      this.ids[row] = id;
      this.rowOf.set(id, row);
    }
    for (const column of FACT_COLUMNS) this.codes[column][row] = codes[column];
    this.submittedAt[row] = times[0];
    this.verifiedAt[row] = times[1];
    this.disposedAt[row] = times[2];
    this.firstAnswerAt[row] = times[3];
    this.version++;
    return true;
  }

  /** Forgets a complaint (it left the public set); false when it was not here. */
  remove(id: string): boolean {
    const row = this.rowOf.get(id);
    if (row === undefined) return false;
    const last = this.size - 1;
    if (row !== last) {
      for (const column of FACT_COLUMNS) this.codes[column][row] = this.codes[column][last]!;
      this.submittedAt[row] = this.submittedAt[last]!;
      this.verifiedAt[row] = this.verifiedAt[last]!;
      this.disposedAt[row] = this.disposedAt[last]!;
      this.firstAnswerAt[row] = this.firstAnswerAt[last]!;
      const moved = this.ids[last]!;
      this.ids[row] = moved;
      this.rowOf.set(moved, row);
    }
    this.ids.length = last;
    this.rowOf.delete(id);
    this.size = last;
    this.version++;
    return true;
  }

  private same(row: number, codes: Record<FactColumn, number>, times: readonly [number, number, number, number]): boolean {
    for (const column of FACT_COLUMNS) if (this.codes[column][row] !== codes[column]) return false;
    return (
      Object.is(this.submittedAt[row], times[0]) &&
      Object.is(this.verifiedAt[row], times[1]) &&
      Object.is(this.disposedAt[row], times[2]) &&
      Object.is(this.firstAnswerAt[row], times[3])
    );
  }

  private grow(): void {
    const n = this.submittedAt.length * 2;
    const wider16 = (a: Uint16Array) => {
      const b = new Uint16Array(n);
      b.set(a);
      return b;
    };
    const wider64 = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    for (const column of FACT_COLUMNS) this.codes[column] = wider16(this.codes[column]);
    this.submittedAt = wider64(this.submittedAt);
    this.verifiedAt = wider64(this.verifiedAt);
    this.disposedAt = wider64(this.disposedAt);
    this.firstAnswerAt = wider64(this.firstAnswerAt);
  }
}
