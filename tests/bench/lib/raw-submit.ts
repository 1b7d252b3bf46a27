// The floor a submission cannot go below: the same three rows `submitComplaint` writes
// (Complaint, its SUBMITTED TimelineEvent and the AuditLog entry), with the same column values,
// as parameterised INSERTs in one transaction through the server's own database handle (the
// pg.Pool on PostgreSQL, the PGlite instance otherwise), after the filing limit's count for the
// client when the service counts one (countPerClient). It leaves out everything else the
// service does per request: the calendar cache check, the clientRequestId replay look-up, the
// region check, Prisma's query building and RETURNING of the whole row, the re-read for the
// GraphQL answer, the event publish, and of course HTTP, JSON and GraphQL execution.
import { createHash, randomBytes, randomInt } from "node:crypto";
import type { Database } from "../../../server/src/db/open.ts";
import type { SqlRunner } from "../../../server/src/db/sql.ts";
import { addWorkingDays, type Calendar, DEADLINES, WITA_OFFSET_MINUTES } from "../../../server/src/domain/calendar/working-days.ts";
import { makeAccessSecret, makeTrackingCode } from "../../../server/src/domain/complaint/tracking-code.ts";
import { submissionInput } from "./submission.ts";

const INSERT_COMPLAINT = `INSERT INTO "Complaint" (
  "id", "trackingCode", "accessSecretHash", "clientRequestId", "kind", "title", "story",
  "incidentDate", "incidentDateApproximate", "districtCode", "villageCode", "landmark",
  "categoryId", "privacy", "showReporterName", "channel", "status", "reporterId", "reporterName",
  "reporterPhone", "reporterEmail", "contactPreference", "isSandbox", "returnCount",
  "submittedAt", "verifyDueAt", "updatedAt", "workshopId", "workshopParticipantId", "agencyId"
) VALUES (
  $1, $2, $3, $4, $5, $6, $7,
  NULL, true, $8, NULL, '',
  NULL, $9, false, 'WEB', 'SUBMITTED', NULL, NULL,
  NULL, NULL, 'NONE', $12, 0,
  $10, $11, $10, $13, $14, $15
)`;

const INSERT_TIMELINE = `INSERT INTO "TimelineEvent" (
  "id", "complaintId", "type", "actorId", "actorRole", "fromStatus", "toStatus", "note", "visibility", "createdAt"
) VALUES ($1, $2, 'SUBMITTED', NULL, NULL, NULL, 'SUBMITTED', NULL, 'PUBLIC', $3)`;

/** The filing limit's count for one client, as the service writes it before a filing (rate-limit.ts). */
const COUNT_FILING = `INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES ($1, $2, 1)
ON CONFLICT ("key") DO UPDATE SET
  "count" = CASE WHEN "RateLimit"."windowStart" <= $3 THEN 1 ELSE "RateLimit"."count" + 1 END,
  "windowStart" = CASE WHEN "RateLimit"."windowStart" <= $3 THEN $2 ELSE "RateLimit"."windowStart" END
RETURNING "count", "windowStart"`;

const INSERT_AUDIT = `INSERT INTO "AuditLog" ("id", "actorId", "action", "entityType", "entityId", "data", "createdAt")
VALUES ($1, NULL, 'complaint.submit', 'Complaint', $2, $3, $4)`;

/** A 25-character id shaped like Prisma's cuid() (which Prisma also makes in the client). */
function newId(): string {
  return `c${randomBytes(12).toString("hex")}`;
}

/** The working-day calendar, read once (the service caches it for a minute). */
export async function loadRawCalendar(sql: SqlRunner): Promise<Calendar> {
  const rows = await sql.query<{ d: string }>(`SELECT to_char("date", 'YYYY-MM-DD') AS d FROM "Holiday"`);
  const dates = new Set(rows.map((r) => r.d));
  return { utcOffsetMinutes: WITA_OFFSET_MINUTES, isHoliday: (d) => dates.has(d) };
}

function isTrackingCodeClash(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  return e?.code === "23505" && `${e.constraint ?? ""} ${e.message ?? ""}`.includes("trackingCode");
}

export type RawSubmitter = (index: number) => Promise<void>;

/**
 * Returns an operation that stores one anonymous submission the raw way. `prefix` keeps its
 * tracking codes apart from the service's (codes are random; a clash is retried, as the
 * service does).
 */
/** A practice (workshop) complaint: the same rows, marked as practice and tied to the room. */
export type RawPractice = { workshopId: string; participantIds: string[]; agencyId: string };

export function rawSubmitter(
  db: Pick<Database, "sql">,
  calendar: Calendar,
  districtCode: string,
  prefix = "RAW",
  practice?: RawPractice,
  options: { countPerClient?: boolean } = {},
): RawSubmitter {
  return async (index) => {
    const input = submissionInput(index, districtCode);
    const now = new Date();
    const nowText = now.toISOString();
    // A filing from a client the limits have not seen (each index is one), counted first as the service does.
    if (options.countPerClient) {
      await db.sql.query(COUNT_FILING, [`file:client:${prefix}-${index}`, nowText, new Date(now.getTime() - 3600_000).toISOString()]);
    }
    const verifyDue = addWorkingDays(now, DEADLINES.verify, calendar).toISOString();
    const secret = makeAccessSecret(randomInt);
    const secretHash = createHash("sha256").update(secret).digest("hex");
    for (let attempt = 0; ; attempt++) {
      const trackingCode = makeTrackingCode(prefix, randomInt);
      const complaintId = newId();
      try {
        await db.sql.transaction(async (tx) => {
          await tx.query(INSERT_COMPLAINT, [
            complaintId,
            trackingCode,
            secretHash,
            input.clientRequestId,
            input.kind,
            input.title,
            input.story,
            input.districtCode,
            input.privacy,
            nowText,
            verifyDue,
            practice !== undefined,
            practice?.workshopId ?? null,
            practice ? practice.participantIds[index % practice.participantIds.length]! : null,
            practice?.agencyId ?? null,
          ]);
          await tx.query(INSERT_TIMELINE, [newId(), complaintId, nowText]);
          await tx.query(INSERT_AUDIT, [
            newId(),
            complaintId,
            JSON.stringify({ trackingCode, channel: "WEB", privacy: input.privacy }),
            nowText,
          ]);
        });
        return;
      } catch (error) {
        if (isTrackingCodeClash(error) && attempt < 5) continue;
        throw error;
      }
    }
  };
}
