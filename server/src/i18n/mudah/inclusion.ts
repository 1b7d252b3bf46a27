// Easy-read for the optional questions about the reporter after filing
// (/lapor/terkirim/<kode>/tentang-anda) and deleting the answers (/hapus-jawaban).
import type { EasySection } from "./section.ts";

export const inclusionEasy: EasySection = {
  mudah: {
    ticket_spent: "Pertanyaan ini sudah dijawab. Atau laporan dikirim lebih dari sehari lalu. Laporan Anda tetap diproses seperti biasa.",
    "deletionToken.invalid_code": "Kode hapus jawaban punya 12 huruf dan angka. Contohnya ABCD-EFGH-JKMN.",
    "deletionToken.no_match": "Tidak ada jawaban dengan kode ini. Mungkin sudah dihapus. Atau ada huruf yang salah ketik.",
  },
  plain: ["ticket.too_many_attempts", "deletionToken.required", "deletionToken.too_many_attempts"],
};
