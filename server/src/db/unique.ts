// Recognises a unique-constraint violation however it arrives: as Prisma's P2002, or (inside an
// interactive transaction on PGlite, and from raw SQL) as the driver's own 23505 error, possibly
// wrapped in a DriverAdapterError or another error's `cause`.
type Loose = Record<string, unknown>;

const MAX_DEPTH = 5;

/** The error and the errors it wraps (cause, Prisma's driverAdapterError), outermost first. */
function chain(error: unknown): Loose[] {
  const found: Loose[] = [];
  let queue: unknown[] = [error];
  for (let depth = 0; depth < MAX_DEPTH && queue.length > 0; depth++) {
    const next: unknown[] = [];
    for (const item of queue) {
      if (!item || typeof item !== "object" || found.includes(item as Loose)) continue;
      const e = item as Loose;
      found.push(e);
      const meta = e.meta as Loose | undefined;
      next.push(e.cause, meta?.driverAdapterError, (meta?.driverAdapterError as Loose | undefined)?.cause);
    }
    queue = next;
  }
  return found;
}

function isUniqueLink(e: Loose): boolean {
  return e.code === "P2002" || e.code === "23505" || e.originalCode === "23505" || e.kind === "UniqueConstraintViolation";
}

/** What the violation names: the constraint, its fields, the driver's detail line. */
function described(e: Loose): string {
  const parts = [e.constraint, e.target, e.detail, (e.meta as Loose | undefined)?.target, e.fields];
  return parts.map((p) => (typeof p === "string" ? p : JSON.stringify(p ?? ""))).join(" ");
}

/**
 * Whether `error` is a unique violation; with `field`, whether it is one on that column (matched
 * against the constraint name, target fields or detail, e.g. "Complaint_trackingCode_key").
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  const links = chain(error);
  if (!links.some(isUniqueLink)) return false;
  if (!field) return true;
  return links.some((e) => described(e).includes(field));
}
