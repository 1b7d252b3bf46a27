// The write of a filing as one SQL statement: the complaint, its SUBMITTED timeline event, the
// notifications that event causes and the audit entry, each an INSERT in one WITH statement,
// which PostgreSQL applies atomically (so a plain filing needs no transaction at all). Through
// Prisma's client the same rows took a BEGIN, five to nine statements each built by the client
// while the transaction held the connection, and a COMMIT; on PGlite, which has one connection,
// every other request waited for all of it. A filing with more to write (draft photos, a consent
// record, a relay sahabat, a receipt) runs this statement inside its transaction first.
import { randomBytes } from "node:crypto";
import { type Complaint, Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import type { PlannedNotification } from "./notifications.ts";

/**
 * The complaint's columns the client knows, to return the stored row: `RETURNING *` would also
 * return the generated search column (`publicText`, a tsvector no driver reads into a value).
 */
const COMPLAINT_COLUMNS = Prisma.raw(
  Object.values(Prisma.ComplaintScalarFieldEnum)
    .map((column) => `"${column}"`)
    .join(", "),
);

/** An id of the shape Prisma's cuid() gives (25 characters, starting with "c"), made here so one statement can write related rows. */
export function newRowId(): string {
  return `c${randomBytes(12).toString("hex")}`;
}

export type FilingRow = Pick<
  Complaint,
  | "id"
  | "trackingCode"
  | "accessSecretHash"
  | "clientRequestId"
  | "kind"
  | "title"
  | "story"
  | "incidentDate"
  | "incidentDateApproximate"
  | "districtCode"
  | "villageCode"
  | "landmark"
  | "latitude"
  | "longitude"
  | "suggestedAgencyId"
  | "categoryId"
  | "privacy"
  | "showReporterName"
  | "channel"
  | "reporterId"
  | "reporterName"
  | "sahabatId"
  | "relaySahabatId"
  | "reporterPhone"
  | "reporterEmail"
  | "contactPreference"
  | "locale"
  | "isSandbox"
  | "workshopId"
  | "workshopParticipantId"
  | "agencyId"
  | "submittedAt"
  | "verifyDueAt"
>;

export type FilingEvent = { id: string; actorId: string | null; actorRole: "SAHABAT" | "RESIDENT" | null; createdAt: Date };

export type FilingNotification = PlannedNotification & { id: string };

export type FilingAudit = { actorId: string | null; data: Prisma.InputJsonValue };

type Runner = Pick<PrismaClient, "$queryRaw">;

const ts = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * Writes the filing's rows in one statement and returns the complaint as stored. `updatedAt` is
 * the wall clock, as Prisma's @updatedAt sets it (readers compare it to notice any change).
 */
export async function writeFiling(
  db: Runner,
  row: FilingRow,
  event: FilingEvent,
  notifications: readonly FilingNotification[],
  audit: FilingAudit,
): Promise<Complaint> {
  const date = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const notified = JSON.stringify(
    notifications.map((n) => ({
      id: n.id,
      userId: n.userId,
      contact: n.contact,
      complaintId: n.complaintId,
      eventId: n.eventId,
      locale: n.locale,
      title: n.title,
      body: n.body,
      createdAt: ts(n.createdAt),
      deliveryPlannedAt: ts(n.deliveryPlannedAt),
    })),
  );
  const rows = await db.$queryRaw<Complaint[]>`
    WITH complaint AS (
      INSERT INTO "Complaint" (
        "id", "trackingCode", "accessSecretHash", "clientRequestId", "kind", "title", "story",
        "incidentDate", "incidentDateApproximate", "districtCode", "villageCode", "landmark", "latitude", "longitude",
        "suggestedAgencyId", "categoryId", "privacy", "showReporterName", "channel", "status",
        "reporterId", "reporterName", "sahabatId", "relaySahabatId", "reporterPhone", "reporterEmail",
        "contactPreference", "locale", "isSandbox", "workshopId", "workshopParticipantId", "agencyId",
        "submittedAt", "verifyDueAt", "updatedAt"
      ) VALUES (
        ${row.id}, ${row.trackingCode}, ${row.accessSecretHash}, ${row.clientRequestId}, ${row.kind}::"ComplaintKind", ${row.title}, ${row.story},
        ${date(row.incidentDate)}::date, ${row.incidentDateApproximate}, ${row.districtCode}, ${row.villageCode}, ${row.landmark},
        ${row.latitude}::double precision, ${row.longitude}::double precision,
        ${row.suggestedAgencyId}, ${row.categoryId}, ${row.privacy}::"Privacy", ${row.showReporterName}, ${row.channel}::"Channel", 'SUBMITTED',
        ${row.reporterId}, ${row.reporterName}, ${row.sahabatId}, ${row.relaySahabatId}, ${row.reporterPhone}, ${row.reporterEmail},
        ${row.contactPreference}::"ContactPreference", ${row.locale}::"Locale", ${row.isSandbox}, ${row.workshopId}, ${row.workshopParticipantId}, ${row.agencyId},
        ${ts(row.submittedAt)}::timestamp(3), ${ts(row.verifyDueAt)}::timestamp(3), ${ts(new Date())}::timestamp(3)
      )
      RETURNING ${COMPLAINT_COLUMNS}
    ), submitted AS (
      INSERT INTO "TimelineEvent" ("id", "complaintId", "type", "actorId", "actorRole", "toStatus", "visibility", "createdAt")
      VALUES (${event.id}, ${row.id}, 'SUBMITTED', ${event.actorId}, ${event.actorRole}::"Role", 'SUBMITTED', 'PUBLIC', ${ts(event.createdAt)}::timestamp(3))
    ), notified AS (
      INSERT INTO "Notification" ("id", "userId", "contact", "complaintId", "eventId", "locale", "title", "body", "createdAt", "deliveryPlannedAt")
      SELECT n."id", n."userId", n."contact", n."complaintId", n."eventId", n."locale"::"Locale", n."title", n."body", n."createdAt", n."deliveryPlannedAt"
        FROM jsonb_to_recordset(${notified}::jsonb) AS n(
          "id" text, "userId" text, "contact" text, "complaintId" text, "eventId" text, "locale" text,
          "title" text, "body" text, "createdAt" timestamp(3), "deliveryPlannedAt" timestamp(3))
    ), audited AS (
      INSERT INTO "AuditLog" ("id", "actorId", "action", "entityType", "entityId", "data")
      VALUES (${newRowId()}, ${audit.actorId}, 'complaint.submit', 'Complaint', ${row.id}, ${JSON.stringify(audit.data)}::jsonb)
    )
    SELECT * FROM complaint`;
  return rows[0]!;
}
