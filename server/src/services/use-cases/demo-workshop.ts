// The demo trainer's workshops for `npm start` (DEMO=true): one in progress with three
// participants (two finished, with practice (LATIHAN) complaints waiting for the fast clock, one
// stuck on an error), and one just opened with nobody in it yet. Fixed ids, so the demo and the accessibility checks can
// open their pages (/pelatih/demo-pelatihan/jam); made once, never over a trainer's own changes.
import { randomInt } from "node:crypto";
import type { Deps } from "../../context.ts";
import { makeAccessSecret, makeTrackingCode, trackingPrefix } from "../../domain/complaint/tracking-code.ts";
import { hashSecret } from "./complaint-access.ts";

export const DEMO_WORKSHOP_ID = "demo-pelatihan";
export const DEMO_EMPTY_WORKSHOP_ID = "demo-pelatihan-baru";

const TRAINER_EMAIL = "pelatih@demo.suara.id";
const HOUR = 3600_000;

export async function seedDemoWorkshops(deps: Deps): Promise<void> {
  const prisma = deps.db.prisma;
  const trainer = await prisma.user.findUnique({ where: { email: TRAINER_EMAIL }, select: { id: true } });
  if (!trainer || (await prisma.workshop.findUnique({ where: { id: DEMO_WORKSHOP_ID }, select: { id: true } }))) return;
  const now = deps.now();
  const agencies = await prisma.agency.findMany({ where: { isSandbox: true }, select: { id: true }, orderBy: { name: "asc" } });
  await prisma.workshop.create({
    data: {
      id: DEMO_EMPTY_WORKSHOP_ID,
      title: "Pelatihan pemuda Bontomarannu (contoh)",
      trainerId: trainer.id,
      joinCode: "DEMOBARU",
      regionCode: "73.06.06",
      startsAt: now,
      endsAt: new Date(now.getTime() + 12 * HOUR),
    },
  });
  const workshop = await prisma.workshop.create({
    data: {
      id: DEMO_WORKSHOP_ID,
      title: "Pelatihan kelompok perempuan Somba Opu (contoh)",
      trainerId: trainer.id,
      joinCode: "DEMOLATH",
      regionCode: "73.06.08",
      startsAt: new Date(now.getTime() - HOUR),
      endsAt: new Date(now.getTime() + 11 * HOUR),
    },
  });
  const stories = [
    { title: "Lampu jalan padam di dekat pasar (latihan)", story: "Lampu jalan di depan Pasar Sungguminasa padam sejak seminggu. Malam hari gelap sekali." },
    { title: "Saluran air tersumbat (latihan)", story: "Saluran air di Jalan Poros Limbung tersumbat sampah, air meluap ke jalan kalau hujan." },
  ];
  for (const number of [1, 2, 3]) {
    const participant = await prisma.workshopParticipant.create({
      data:
        number === 3
          ? { workshopId: workshop.id, number, displayName: `Peserta ${number}`, progress: "lokasi", errorStep: "lokasi", errorField: "districtCode", errorAt: now, errorsByStep: { lokasi: 2, waktu: 1 } }
          : { workshopId: workshop.id, number, displayName: `Peserta ${number}`, progress: "finished", errorsByStep: number === 1 ? { lokasi: 1 } : {}, finishedAt: now },
    });
    const filed = stories[number - 1];
    if (!filed) continue;
    const submittedAt = new Date(now.getTime() - (30 - number * 5) * 60_000);
    const complaint = await prisma.complaint.create({
      data: {
        trackingCode: makeTrackingCode(trackingPrefix(deps.regencyCode), randomInt),
        accessSecretHash: hashSecret(makeAccessSecret(randomInt)),
        kind: "PENGADUAN",
        ...filed,
        districtCode: "73.06.08",
        privacy: "PUBLIC",
        workshopId: workshop.id,
        workshopParticipantId: participant.id,
        isSandbox: true,
        suggestedAgencyId: agencies[0]?.id ?? null,
        submittedAt,
        verifyDueAt: new Date(submittedAt.getTime() + 3 * 24 * HOUR),
      },
    });
    await prisma.timelineEvent.create({
      data: { complaintId: complaint.id, type: "SUBMITTED", toStatus: "SUBMITTED", visibility: "PUBLIC", createdAt: submittedAt },
    });
  }
}
