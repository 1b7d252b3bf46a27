// API sentences for a workshop's fast clock: its steps, the pretend day, the example answers the
// pretend agency gives, and its refusals. Bahasa Indonesia and English.
import type { Section } from "./section.ts";

export const workshopClockMessages: Section = {
  id: {
    "workshopClock.step.verify": "Verifikasi",
    "workshopClock.step.dispose": "Teruskan ke instansi latihan",
    "workshopClock.step.followUp": "Jawaban instansi",
    "workshopClock.step.resolve": "Selesaikan",
    "workshopClock.step.none": "Sudah selesai",
    "workshopClock.day": "Hari ke-{day} (pura-pura)",
    "workshopClock.example.followUp": "Terima kasih atas laporan Anda. Petugas kami akan memeriksa tempatnya minggu ini. (Contoh jawaban latihan)",
    "workshopClock.example.resolve": "Masalah sudah kami perbaiki. Silakan periksa dan beri penilaian. (Contoh jawaban latihan)",
    "workshopClock.closed": "Pelatihan ini sudah berakhir. Jam cepat tidak bisa dijalankan lagi.",
    "workshopClock.noStep": "Langkah ini tidak bisa dimainkan sekarang: status laporan latihan ini {status}.",
  },
  en: {
    "workshopClock.step.verify": "Verify",
    "workshopClock.step.dispose": "Pass on to a practice agency",
    "workshopClock.step.followUp": "Agency's answer",
    "workshopClock.step.resolve": "Resolve",
    "workshopClock.step.none": "Finished",
    "workshopClock.day": "Day {day} (pretend)",
    "workshopClock.example.followUp": "Thank you for your report. Our staff will check the place this week. (Practice example answer)",
    "workshopClock.example.resolve": "We have fixed the problem. Please check and rate the handling. (Practice example answer)",
    "workshopClock.closed": "This workshop has ended. The fast clock cannot run any more.",
    "workshopClock.noStep": "This step cannot be played now: the practice complaint's status is {status}.",
  },
};
