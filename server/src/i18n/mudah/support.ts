// Easy-read for "saya juga mengalami" (/lacak/<kode>/dukung): why a report cannot be supported,
// the limits, and the one-time code.
import type { EasySection } from "./section.ts";

export const supportEasy: EasySection = {
  mudah: {
    not_public: "Laporan ini belum bisa didukung. Petugas belum memeriksanya. Atau laporan ini tidak untuk umum.",
    merged: "Laporan ini sudah digabung dengan laporan lain yang sama. Dukung laporan yang lain itu.",
    finished: "Laporan ini sudah ditutup. Jadi tidak bisa didukung lagi. Masalahnya masih ada? Buat laporan baru.",
    "support.too_many_attempts": "Terlalu banyak dukungan dari HP atau jaringan ini. Coba lagi dalam {minutes} menit.",
    "contact.too_many_attempts": "Anda sudah terlalu sering minta kode. Coba lagi dalam {minutes} menit.",
    too_many_from_client: "Terlalu banyak minta kode dari HP atau jaringan ini. Coba lagi dalam {minutes} menit.",
    "code.no_match": "Kode salah atau sudah tidak berlaku. Periksa kodenya. Atau minta kode baru.",
  },
  plain: ["practice", "own", "code.required"],
};
