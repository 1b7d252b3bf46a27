// The demo trainer's workshop in progress, so `npm start` has a room to manage and a report to
// open: three participants at different steps, one with errors, one finished. Its id is fixed
// so the accessibility matrix can open its pages. Made once; it ends and is purged like any other.
import type { Deps } from "../../context.ts";
import { automaticEnd } from "../../domain/workshop/lifecycle.ts";

export const DEMO_WORKSHOP_ID = "demo-pelatihan";
const TRAINER_EMAIL = "pelatih@demo.suara.id";

export async function seedDemoWorkshop(deps: Deps): Promise<boolean> {
  const prisma = deps.db.prisma;
  const trainer = await prisma.user.findUnique({ where: { email: TRAINER_EMAIL }, select: { id: true } });
  if (!trainer || (await prisma.workshop.findUnique({ where: { id: DEMO_WORKSHOP_ID }, select: { id: true } }))) return false;
  const now = deps.now();
  await prisma.workshop.create({
    data: {
      id: DEMO_WORKSHOP_ID,
      title: "Latihan lapor bersama kelompok perempuan Somba Opu",
      trainerId: trainer.id,
      joinCode: "DEMO26",
      regionCode: "73.06.08",
      startsAt: now,
      endsAt: automaticEnd(now),
      participants: {
        create: [
          { number: 1, displayName: "Ibu Saenab", progress: "selesai", errorsByStep: { lokasi: 1 }, finishedAt: now },
          { number: 2, displayName: "Peserta 2", progress: "lokasi", errorStep: "lokasi", errorField: "districtCode", errorAt: now, errorsByStep: { lokasi: 2, waktu: 1 } },
          { number: 3, displayName: "Pak Rahman", progress: "jenis" },
        ],
      },
    },
  });
  return true;
}
