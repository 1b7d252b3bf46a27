// Small factories for workshop tests: a workshop of a trainer, its participants and their practice
// (LATIHAN) complaints, written straight to the database as the room would leave them.
import { randomBytes, randomInt } from "node:crypto";
import { makeTrackingCode } from "../../server/src/domain/complaint/tracking-code.ts";
import type { PrismaClient } from "../../server/src/generated/prisma/client.ts";

const code = (length: number) => randomBytes(length).toString("hex").toUpperCase().slice(0, length);

export async function makeWorkshop(prisma: PrismaClient, trainerId: string, data: { title?: string; clockSpeed?: number; clockRunning?: boolean; closedAt?: Date | null } = {}) {
  return prisma.workshop.create({
    data: {
      title: data.title ?? "Pelatihan Somba Opu",
      trainerId,
      joinCode: code(8),
      regionCode: "73.06.08",
      startsAt: new Date(),
      clockSpeed: data.clockSpeed ?? 60,
      clockRunning: data.clockRunning ?? false,
      closedAt: data.closedAt ?? null,
    },
  });
}

export async function makeParticipant(prisma: PrismaClient, workshopId: string, number: number, userId: string | null = null) {
  return prisma.workshopParticipant.create({ data: { workshopId, number, displayName: `Peserta ${number}`, userId } });
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
