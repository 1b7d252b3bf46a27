// Workshops and everything that hangs off a complaint, made directly in the database so the
// workshop tests (fast clock, reset, end, purge) have a room full of practice rows next to real ones:
// participants, drafts with photos, complaints with their timeline, follow-ups, replies, photos
// with files on disk, copies, follows, notifications with outbox rows and sahabat tasks,
// consents, relay logs and audit entries.
import { randomBytes, randomInt } from "node:crypto";
import { makeTrackingCode } from "../../server/src/domain/complaint/tracking-code.ts";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../../server/src/generated/prisma/client.ts";
import { thumbnailKey } from "../../server/src/services/use-cases/attachments.ts";

const SOMBA_OPU = "73.06.08";
const unique = () => randomBytes(6).toString("hex");

export async function userByEmail(prisma: PrismaClient, email: string): Promise<string> {
  return (await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

export async function createWorkshop(
  prisma: PrismaClient,
  options: {
    trainerId: string;
    title?: string;
    startsAt?: Date;
    endsAt?: Date | null;
    closedAt?: Date | null;
    regionCode?: string | null;
    clockSpeed?: number;
    clockRunning?: boolean;
  },
) {
  const startsAt = options.startsAt ?? new Date();
  return prisma.workshop.create({
    data: {
      title: options.title ?? "Latihan lapor di Somba Opu",
      trainerId: options.trainerId,
      joinCode: unique().toUpperCase(),
      regionCode: options.regionCode === undefined ? SOMBA_OPU : options.regionCode,
      startsAt,
      endsAt: options.endsAt === undefined ? new Date(startsAt.getTime() + 12 * 3_600_000) : options.endsAt,
      closedAt: options.closedAt ?? null,
      clockSpeed: options.clockSpeed ?? 60,
      clockRunning: options.clockRunning ?? false,
    },
  });
}

export async function addParticipant(
  prisma: PrismaClient,
  workshopId: string,
  options: { number: number; displayName?: string; progress?: string; errorsByStep?: Record<string, number>; finished?: boolean; userId?: string | null },
) {
  return prisma.workshopParticipant.create({
    data: {
      workshopId,
      number: options.number,
      displayName: options.displayName ?? `Peserta ${options.number}`,
      userId: options.userId ?? null,
      progress: options.progress ?? "lokasi",
      errorStep: options.errorsByStep ? Object.keys(options.errorsByStep)[0] ?? null : null,
      errorField: options.errorsByStep ? "districtCode" : null,
      errorAt: options.errorsByStep ? new Date() : null,
      errorsByStep: options.errorsByStep ?? {},
      finishedAt: options.finished ? new Date() : null,
    },
  });
}

/** A photo row with its file and thumbnail on disk; returns the row and both paths. */
export async function photo(prisma: PrismaClient, uploadDir: string, bind: { complaintId?: string; draftId?: string }) {
  const storageKey = `2027/02/${unique()}.jpg`;
  const files = [path.join(uploadDir, storageKey), path.join(uploadDir, thumbnailKey(storageKey))];
  await mkdir(path.dirname(files[0]!), { recursive: true });
  for (const file of files) await writeFile(file, Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
  const row = await prisma.attachment.create({
    data: { complaintId: bind.complaintId ?? null, draftId: bind.draftId ?? null, fileName: "foto.jpg", mimeType: "image/jpeg", sizeBytes: 4, sha256: unique(), storageKey },
  });
  return { row, files };
}

export async function addDraft(prisma: PrismaClient, uploadDir: string, participantId: string | null, options: { withPhoto?: boolean; at?: Date } = {}) {
  const draft = await prisma.draft.create({
    data: {
      keyHash: unique(),
      workshopParticipantId: participantId,
      answers: { title: "Jalan berlubang" },
      step: "lokasi",
      // Touched at the test's clock, so the abandoned-draft purge does not take it first.
      ...(options.at ? { createdAt: options.at, updatedAt: options.at } : {}),
      // Far out, so the abandoned-draft purge leaves it to the workshop's own reset and purge.
      expiresAt: new Date("2100-01-01T00:00:00Z"),
    },
  });
  const files = options.withPhoto ? (await photo(prisma, uploadDir, { draftId: draft.id })).files : [];
  return { draft, files };
}

/**
 * A complaint with one of every row that can hang off it. Practice when `workshop` is given
 * (isSandbox, workshopId, workshopParticipantId), real otherwise. Returns its id and its photo files.
 */
export async function complaintWithEverything(
  prisma: PrismaClient,
  uploadDir: string,
  options: { workshop?: { id: string; participantId: string }; reporterId?: string | null; sahabatId: string; agencyId: string },
) {
  const practice = options.workshop;
  const complaint = await prisma.complaint.create({
    data: {
      trackingCode: `GWA-${unique().toUpperCase()}`,
      accessSecretHash: "x",
      kind: "PENGADUAN",
      title: practice ? "Latihan: lampu padam" : "Lampu jalan padam",
      story: "Lampu jalan di dekat pasar padam sejak seminggu.",
      districtCode: SOMBA_OPU,
      status: "DISPOSED",
      agencyId: options.agencyId,
      reporterId: options.reporterId ?? null,
      sahabatId: options.sahabatId,
      isSandbox: Boolean(practice),
      workshopId: practice?.id ?? null,
      workshopParticipantId: practice?.participantId ?? null,
    },
  });
  const complaintId = complaint.id;
  const submitted = await prisma.timelineEvent.create({ data: { complaintId, type: "SUBMITTED", toStatus: "SUBMITTED" } });
  await prisma.timelineEvent.create({ data: { complaintId, type: "STATUS_CHANGED", fromStatus: "SUBMITTED", toStatus: "DISPOSED" } });
  const followUp = await prisma.followUp.create({ data: { complaintId, agencyId: options.agencyId, body: "Kami akan memeriksa." } });
  await prisma.reply.create({ data: { complaintId, body: "Terima kasih." } });
  const { files } = await photo(prisma, uploadDir, { complaintId });
  await prisma.complaintCopy.create({ data: { complaintId, agencyId: options.agencyId } });
  if (options.reporterId) await prisma.follow.create({ data: { complaintId, userId: options.reporterId } });
  await prisma.follow.create({ data: { complaintId, contact: `+62812${unique().slice(0, 7)}` } });
  const notification = await prisma.notification.create({
    data: { complaintId, eventId: submitted.id, userId: options.reporterId ?? null, title: "Laporan diterima", body: "…" },
  });
  await prisma.delivery.create({ data: { notificationId: notification.id, channel: "SMS", messageKey: unique(), attempts: { create: { ok: false, error: "x" } } } });
  await prisma.sahabatTask.create({ data: { notificationId: notification.id, sahabatId: options.sahabatId } });
  await prisma.consentRecord.create({ data: { complaintId, sahabatId: options.sahabatId, method: "SPOKEN", givenAt: new Date(), readBackDone: true, privacy: "PUBLIC" } });
  await prisma.relayLog.create({ data: { complaintId, sahabatId: options.sahabatId, followUpId: followUp.id, channel: "PHONE", relayedAt: new Date() } });
  await prisma.auditLog.create({ data: { action: "complaint.submit", entityType: "Complaint", entityId: complaintId, data: { trackingCode: complaint.trackingCode } } });
  return { id: complaintId, trackingCode: complaint.trackingCode, files };
}

/** Rows that hang off complaints, per table: for "before and after" snapshots. */
export async function rowsOf(prisma: PrismaClient, complaintIds: string[]) {
  const where = { complaintId: { in: complaintIds } };
  const notifications = await prisma.notification.findMany({ where, select: { id: true } });
  const notificationIds = notifications.map((n) => n.id);
  const deliveries = await prisma.delivery.findMany({ where: { notificationId: { in: notificationIds } }, select: { id: true } });
  const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id).sort();
  return {
    complaints: await ids(prisma.complaint.findMany({ where: { id: { in: complaintIds } }, select: { id: true } })),
    timeline: await ids(prisma.timelineEvent.findMany({ where, select: { id: true } })),
    followUps: await ids(prisma.followUp.findMany({ where, select: { id: true } })),
    replies: await ids(prisma.reply.findMany({ where, select: { id: true } })),
    attachments: await ids(prisma.attachment.findMany({ where, select: { id: true } })),
    copies: await prisma.complaintCopy.count({ where }),
    follows: await ids(prisma.follow.findMany({ where, select: { id: true } })),
    notifications: notificationIds.sort(),
    deliveries: deliveries.map((d) => d.id).sort(),
    deliveryAttempts: await prisma.deliveryAttempt.count({ where: { deliveryId: { in: deliveries.map((d) => d.id) } } }),
    sahabatTasks: await prisma.sahabatTask.count({ where: { notificationId: { in: notificationIds } } }),
    consents: await ids(prisma.consentRecord.findMany({ where, select: { id: true } })),
    relays: await ids(prisma.relayLog.findMany({ where, select: { id: true } })),
    audit: await ids(prisma.auditLog.findMany({ where: { entityType: "Complaint", entityId: { in: complaintIds } }, select: { id: true } })),
  };
}

/** A practice complaint as filed in the workshop: SUBMITTED, with its filing on the timeline. */
export async function makePracticeComplaint(
  prisma: PrismaClient,
  participant: { id: string; workshopId: string; userId: string | null },
  at: Date,
  data: { sandbox?: boolean; reporterPhone?: string | null; title?: string } = {},
) {
  const sandbox = data.sandbox ?? true;
  const complaint = await prisma.complaint.create({
    data: {
      trackingCode: makeTrackingCode("GWA", (n) => randomInt(n)),
      accessSecretHash: "not-used-in-this-test",
      kind: "PENGADUAN",
      title: data.title ?? "Lampu jalan padam (latihan)",
      story: "Lampu jalan di dekat pasar padam sejak seminggu.",
      districtCode: "73.06.08",
      privacy: "PUBLIC",
      status: "SUBMITTED",
      reporterId: participant.userId,
      reporterPhone: data.reporterPhone ?? null,
      contactPreference: data.reporterPhone ? "SMS" : "NONE",
      workshopId: participant.workshopId,
      workshopParticipantId: participant.id,
      isSandbox: sandbox,
      submittedAt: at,
      verifyDueAt: new Date(at.getTime() + 3 * 86_400_000),
    },
  });
  await prisma.timelineEvent.create({
    data: { complaintId: complaint.id, type: "SUBMITTED", toStatus: "SUBMITTED", actorId: participant.userId, actorRole: participant.userId ? "RESIDENT" : null, visibility: "PUBLIC", createdAt: at },
  });
  return complaint;
}
