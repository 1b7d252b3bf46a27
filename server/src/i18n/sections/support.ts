// API sentences for "saya juga mengalami" (support): refusals (generic codes, raised on the
// "support" field), abuse limits and the code's message.
import type { Section } from "./section.ts";

export const supportMessages: Section = {
  id: {
    "not_public": "Laporan ini tidak bisa didukung: belum diperiksa petugas atau tidak terbuka untuk umum",
    "practice": "Laporan latihan tidak bisa didukung",
    "merged": "Laporan ini sudah digabung dengan laporan lain. Dukung laporan yang lain itu",
    "finished": "Laporan ini sudah ditutup, jadi tidak bisa didukung lagi. Jika masalahnya masih ada, buat laporan baru",
    "own": "Ini laporan Anda sendiri. Anda sudah terhitung",
    "support.too_many_attempts": "Terlalu banyak dukungan dari HP atau jaringan ini. Coba lagi dalam {minutes} menit",
    "too_many_from_client": "Terlalu banyak permintaan kode dari HP atau jaringan ini. Coba lagi dalam {minutes} menit",
    "support.notification.title": "Kode untuk mendukung laporan di Suara",
    "support.notification.body":
      "Kode Anda untuk mendukung laporan {trackingCode}: {code}. Berlaku {minutes} menit. Jangan berikan kode ini kepada siapa pun. Jika Anda tidak memintanya, abaikan pesan ini.",
  },
  en: {
    "not_public": "This report cannot be supported: it has not been checked yet or is not public",
    "practice": "Practice reports cannot be supported",
    "merged": "This report was merged into another one. Support that one instead",
    "finished": "This report is closed, so it can no longer be supported. If the problem is still there, file a new report",
    "own": "This is your own report. You are counted already",
    "support.too_many_attempts": "Too many supports from this phone or network. Try again in {minutes} minutes",
    "too_many_from_client": "Too many codes asked for from this phone or network. Try again in {minutes} minutes",
    "support.notification.title": "Your code to support a report on Suara",
    "support.notification.body":
      "Your code to support report {trackingCode}: {code}. It works for {minutes} minutes. Never give this code to anyone. If you did not ask for it, ignore this message.",
  },
};
