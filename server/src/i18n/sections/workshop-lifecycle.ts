// API sentences for resetting and ending a workshop (the trainer's "Atur ruang"), Bahasa
// Indonesia and English.
import type { Section } from "./section.ts";

export const workshopLifecycleMessages: Section = {
  id: {
    workshop_ended: "Pelatihan ini sudah berakhir. Data latihannya tidak bisa diubah lagi",
    "participantId.invalid_choice": "Pilih peserta dari daftar ruang ini",
  },
  en: {
    workshop_ended: "This workshop has ended. Its practice data can no longer be changed",
    "participantId.invalid_choice": "Choose a participant from this room's list",
  },
};
