// Easy-read labels residents read on the tracking page: status, kind, deadline, and the words of
// the timeline (what happened, who acted). "Instansi" becomes "kantor pemerintah", "verifikasi"
// becomes "diperiksa", as on the web's easy-read pages.
import type { EasySection } from "./section.ts";

export const labelsEasy: EasySection = {
  mudah: {
    "status.SUBMITTED": "Terkirim, menunggu diperiksa petugas",
    "status.VERIFIED": "Sudah diperiksa petugas",
    "status.DISPOSED": "Sudah dikirim ke kantor pemerintah",
    "status.IN_PROGRESS": "Sedang dikerjakan kantor pemerintah",
    "status.POSTPONED": "Berhenti dulu, menunggu jawaban Anda",
    "status.OUT_OF_SCOPE": "Bukan soal layanan pemerintah",
    "status.NOT_OUR_AUTHORITY": "Sedang dicarikan kantor lain yang tepat",
    "status.ARCHIVED": "Disimpan, tidak diurus lagi",

    "kind.PENGADUAN": "Pengaduan (ada masalah)",
    "kind.ASPIRASI": "Aspirasi (usul)",
    "kind.PERMINTAAN_INFORMASI": "Permintaan informasi (pertanyaan)",
    "kind.PENGADUAN.hint": "Ada layanan yang buruk. Atau ada yang rusak.",
    "kind.ASPIRASI.hint": "Anda punya usul untuk pemerintah.",
    "kind.PERMINTAAN_INFORMASI.hint": "Anda ingin bertanya kepada pemerintah.",

    "deadline.today": "Batas waktunya hari ini",
    // The web puts it after "Sisa waktu:", so it says only what is left and that the clock stands still.
    "deadline.paused": "{days} hari kerja (waktu berhenti dulu)",

    "actor.VERIFIER": "petugas pemeriksa",
    "actor.AGENCY_OFFICER": "kantor pemerintah",
    "actor.SAHABAT": "relawan Sahabat LAPOR!",

    "timeline.PUBLIC.postponed": "Petugas minta keterangan tambahan. Laporan berhenti dulu.",
    "timeline.PUBLIC.outOfScope": "Petugas menilai ini bukan soal layanan pemerintah",
    "timeline.PUBLIC.archived": "Laporan disimpan, tidak diurus lagi",
    "timeline.PUBLIC.disposed": "Dikirim ke kantor pemerintah",
    "timeline.PUBLIC.rerouted": "Dikirim ke kantor pemerintah lain",
    "timeline.PUBLIC.acknowledged": "Kantor pemerintah sudah menerima laporan",
    "timeline.PUBLIC.inProgress": "Kantor pemerintah sedang mengerjakannya",
    "timeline.PUBLIC.answered": "Kantor pemerintah menjawab",
    "timeline.PUBLIC.resolved": "Menurut kantor pemerintah, sudah selesai",
    "timeline.PUBLIC.returned": "Kantor itu bukan yang tepat. Petugas mencari kantor lain.",
    "timeline.PUBLIC.autoClosed": "Ditutup sendiri karena tidak ada balasan",
    "timeline.PUBLIC.privacyChanged": "Sekarang lebih sedikit orang yang bisa membaca laporan ini",
    "timeline.PUBLIC.escalated": "Sudah lewat batas waktu. Pengelola Suara diberi tahu.",
    "timeline.PUBLIC.relayed": "Relawan Sahabat LAPOR! menyampaikan kabar ke pelapor",
    "timeline.PUBLIC.relayAssigned": "Seorang relawan Sahabat LAPOR! di kecamatan Anda akan menyampaikan kabar kepada Anda",
    "timeline.PUBLIC.sahabatWithdrawn": "Pelapor menutup akses relawan Sahabat LAPOR! ke laporan ini",
    "timeline.PUBLIC.redacted": "Nama atau nomor orang lain ditutup. Lalu laporan dibuka untuk umum",
    "timeline.PUBLIC.merged": "Laporan ini sama dengan laporan lain, jadi keduanya dijadikan satu",
    "timeline.PUBLIC.mergedHere": "Ada laporan lain yang sama. Laporan itu dijadikan satu dengan laporan ini",
  },
  plain: [
    "status.RESOLVED",
    "status.CLOSED",
    "status.REJECTED",
    "deadline.overdue",
    "deadline.left",
    "actor.RESIDENT",
    "actor.ADMINISTRATOR",
    "actor.TRAINER",
    "timeline.PUBLIC.submitted",
    "timeline.PUBLIC.verified",
    "timeline.PUBLIC.resumed",
    "timeline.PUBLIC.rejected",
    "timeline.PUBLIC.internalNote",
    "timeline.PUBLIC.reopened",
    "timeline.PUBLIC.closed",
    "timeline.PUBLIC.statusChanged",
    "timeline.PUBLIC.reply",
    "timeline.PUBLIC.rated",
    "timeline.PUBLIC.privacyChosen",
    "timeline.PUBLIC.claimed",
  ],
};
