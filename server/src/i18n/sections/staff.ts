// API sentences for one area, in Bahasa Indonesia and English; messages.ts merges them in.
// Staff: response templates, making privacy stricter, and the verifier's tidying of a complaint.
import type { Section } from "./section.ts";

export const staffMessages: Section = {
  id: {
    unchanged: "Tidak ada yang berubah",
    needs_consent: "Perlu persetujuan pelapor",
    "privacy.unchanged": "Pilih tingkat privasi yang lebih ketat dari sekarang",
    "privacy.needs_consent": "Privasi hanya bisa dibuat lebih ketat. Melonggarkannya perlu persetujuan pelapor",
    "privacyChange.note": "Privasi laporan dibuat lebih ketat: {privacy}",
    "privacyChange.mode.PUBLIC_NAMED": "publik, nama ditampilkan",
    "privacyChange.mode.PUBLIC": "publik, nama disembunyikan",
    "privacyChange.mode.ANONYMOUS": "anonim",
    "privacyChange.mode.CONFIDENTIAL": "rahasia",
    "title.taken": "Judul ini sudah dipakai templat lain di instansi ini. Pakai judul lain",
    "copyAgencyIds.invalid_choice": "Tembusan harus instansi lain dari daftar, bukan instansi tujuan",
    "note.too_long": "Keterangan paling banyak {max} karakter. Sekarang {length} karakter",
  },
  en: {
    unchanged: "Nothing changes",
    needs_consent: "Needs the reporter's consent",
    "privacy.unchanged": "Choose a privacy setting stricter than the current one",
    "privacy.needs_consent": "Privacy can only be made stricter. Loosening it needs the reporter's consent",
    "privacyChange.note": "The complaint's privacy was made stricter: {privacy}",
    "privacyChange.mode.PUBLIC_NAMED": "public, name shown",
    "privacyChange.mode.PUBLIC": "public, name hidden",
    "privacyChange.mode.ANONYMOUS": "anonymous",
    "privacyChange.mode.CONFIDENTIAL": "confidential",
    "title.taken": "Another template of this agency already has this title. Use another title",
    "copyAgencyIds.invalid_choice": "Copies must go to other agencies from the list, not the main one",
    "note.too_long": "The note can be at most {max} characters. It is {length} now",
  },
};
