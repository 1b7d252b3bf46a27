// Suppression as tables of crafted counts where a naive total gives a small count back, and as a
// property over generated tables: whatever the counts, nothing withheld can be worked out.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MIN_PUBLISHED, recoverable, suppress, tableSums, type TableCounts } from "./suppression.ts";

/** One table keyed "r:c", "row:r", "col:c", "total". */
function grid(cells: number[][], prefix = ""): TableCounts {
  const rows = cells.map((_, i) => `r${i}`);
  const columns = cells[0]!.map((_, j) => `c${j}`);
  return {
    rows,
    columns,
    cellKey: (r, c) => `${prefix}${r}:${c}`,
    rowTotalKey: (r) => `${prefix}row:${r}`,
    columnTotalKey: (c) => `col:${c}`,
    totalKey: "total",
    count: (r, c) => cells[Number(r.slice(1))]![Number(c.slice(1))]!,
  };
}

function publish(tables: TableCounts[]) {
  const { counts, sums } = tableSums(tables);
  const state = suppress(counts, sums);
  return { counts, sums, state };
}

describe("suppress", () => {
  it("publishes everything when no count is small", () => {
    const { state } = publish([grid([[10, 20], [30, 40]])]);
    expect([...state.values()].every((p) => p === "SHOWN")).toBe(true);
  });

  it.each([
    // [name, cells, keys that must not be SHOWN]
    ["one small cell: its row total minus the rest would give it back", [[3, 10, 12], [20, 25, 30]], ["r0:c0"]],
    ["a small cell whose row and column each have one", [[2, 9], [9, 40]], ["r0:c0"]],
    ["two small cells in a row, 4 and 4: their sum would be known, the rest shown", [[4, 4, 30], [20, 20, 20]], ["r0:c0", "r0:c1"]],
    ["a small row total", [[1, 2], [30, 40]], ["row:r0", "r0:c0", "r0:c1"]],
  ])("%s", (_name, cells, small) => {
    const { counts, sums, state } = publish([grid(cells as number[][])]);
    for (const key of small) expect(state.get(key)).not.toBe("SHOWN");
    expect(recoverable(state, sums)).toEqual([]);
    for (const [key, value] of counts) if (value < MIN_PUBLISHED) expect(state.get(key)).toBe("SMALL");
  });

  it("the naive total gives the small cell back; the published figures do not", () => {
    const cells = [[3, 10, 12], [20, 25, 30]];
    const { counts, state } = publish([grid(cells)]);
    // Naively: row total 25 − 10 − 12 = 3. Now one of 10 and 12 is withheld too, and so is one
    // more in each column it touches.
    expect(state.get("r0:c0")).toBe("SMALL");
    const hiddenInRow = ["r0:c1", "r0:c2"].filter((key) => state.get(key) === "HIDDEN");
    expect(hiddenInRow).toHaveLength(1);
    expect(counts.get("row:r0")).toBe(25);
  });

  it("two tables printing the same column totals are protected together", () => {
    // The same answers by kecamatan and by channel: the column totals are one count.
    const byDistrict = grid([[3, 20], [15, 25]], "d");
    const byChannel = grid([[10, 30], [8, 15]], "ch");
    const { state, sums } = publish([byDistrict, byChannel]);
    expect(state.get("dr0:c0")).toBe("SMALL");
    expect(recoverable(state, sums)).toEqual([]);
  });

  it("refuses two tables that disagree on a shared total", () => {
    expect(() => tableSums([grid([[1, 2]], "a"), grid([[5, 2]], "b")])).toThrow(/in one table/);
  });

  it("never leaves anything recoverable, whatever the counts (generated tables)", () => {
    const table = fc.integer({ min: 1, max: 5 }).chain((rows) =>
      fc.integer({ min: 1, max: 4 }).chain((columns) =>
        fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
      ),
    );
    fc.assert(
      fc.property(table, table, (a, b) => {
        // A second table sharing the column totals when it has as many columns.
        const tables = [grid(a, "a")];
        const columnsA = a[0]!.map((_, j) => a.reduce((sum, row) => sum + row[j]!, 0));
        if (b[0]!.length === a[0]!.length) {
          // Rescale b's last row so its column totals match a's (a second view of the same answers).
          const others = b.slice(0, -1);
          const last = columnsA.map((total, j) => total - others.reduce((sum, row) => sum + row[j]!, 0));
          if (last.every((v) => v >= 0)) tables.push(grid([...others, last], "b"));
        }
        const { counts, sums, state } = publish(tables);
        expect(recoverable(state, sums)).toEqual([]);
        for (const [key, value] of counts) {
          if (value < MIN_PUBLISHED) expect(state.get(key)).toBe("SMALL");
          else expect(state.get(key)).not.toBe("SMALL");
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("recoverable", () => {
  it("finds a count given back by one sum, and by a combination of sums", () => {
    const { sums } = tableSums([grid([[3, 10], [20, 25]])]);
    const state = new Map([...tableSums([grid([[3, 10], [20, 25]])]).counts.keys()].map((k) => [k, "SHOWN" as const]));
    state.set("r0:c0", "SMALL" as never);
    expect(recoverable(state, sums)).toEqual(["r0:c0"]);
    // Two hidden in row 0 and column 0 forms no closed rectangle: still recoverable as a chain.
    state.set("r0:c1", "HIDDEN" as never);
    expect(recoverable(state, sums).sort()).toEqual(["r0:c0", "r0:c1"]);
    // A rectangle of four withheld cells: no sum gives any one back.
    state.set("r1:c0", "HIDDEN" as never);
    state.set("r1:c1", "HIDDEN" as never);
    expect(recoverable(state, sums)).toEqual(["r0:c0", "r0:c1", "r1:c0", "r1:c1"].filter(() => false));
  });
});
