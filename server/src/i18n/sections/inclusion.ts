// API sentences for "who is being served": the optional questions' ticket and the deletion token.
import type { Section } from "./section.ts";

export const inclusionMessages: Section = {
  id: {
    ticket_spent: "Pertanyaan ini sudah dijawab, atau sudah lewat sehari sejak laporan dikirim. Laporan Anda tetap diproses seperti biasa",
    "ticket.too_many_attempts": "Terlalu banyak jawaban dari HP atau jaringan ini. Coba lagi dalam {minutes} menit",
    "deletionToken.required": "Tulis kode hapus jawaban",
    "deletionToken.invalid_code": "Kode hapus jawaban terdiri dari 12 huruf dan angka, misalnya ABCD-EFGH-JKMN",
    "deletionToken.no_match": "Tidak ada jawaban dengan kode ini. Mungkin sudah dihapus, atau ada huruf yang salah ketik",
    "deletionToken.too_many_attempts": "Terlalu banyak percobaan kode hapus dari HP atau jaringan ini. Coba lagi dalam {minutes} menit",
  },
  en: {
    ticket_spent: "These questions were answered already, or more than a day has passed since the report was sent. Your report is handled as usual",
    "ticket.too_many_attempts": "Too many answers from this phone or network. Try again in {minutes} minutes",
    "deletionToken.required": "Write the deletion code",
    "deletionToken.invalid_code": "The deletion code has 12 letters and digits, for example ABCD-EFGH-JKMN",
    "deletionToken.no_match": "No answers have this code. They may have been deleted already, or a letter was mistyped",
    "deletionToken.too_many_attempts": "Too many deletion codes tried from this phone or network. Try again in {minutes} minutes",
  },
};
