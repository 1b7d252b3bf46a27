// API sentences for likely duplicates and merging (the verifier's "Gabungkan ke laporan ini"),
// Bahasa Indonesia and English.
import type { Section } from "./section.ts";

export const duplicatesMessages: Section = {
  id: {
    "action.merge": "Gabungkan",
    "merge.noteInto": "Laporan asal: {code}",
    "merge.noteFrom": "Digabung dari laporan {code}",
    merge_not_found: "Laporan tujuan tidak ditemukan",
    merge_self: "Laporan tidak bisa digabung ke dirinya sendiri",
    merge_practice: "Laporan latihan tidak bisa digabung",
    merge_confidential: "Laporan rahasia tidak bisa menjadi laporan asal",
    merge_closed: "Laporan tujuan sudah tidak berjalan",
    "intoTrackingCode.merge_not_found": "Laporan tujuan tidak ditemukan di wilayah Anda",
    "intoTrackingCode.merge_self": "Laporan tidak bisa digabung ke dirinya sendiri",
    "intoTrackingCode.merge_practice": "Laporan latihan tidak bisa digabung",
    "intoTrackingCode.merge_confidential": "Laporan rahasia tidak bisa menjadi laporan asal: pelapor lain tidak bisa mengikutinya",
    "intoTrackingCode.merge_closed": "Laporan tujuan sudah selesai, ditutup atau digabung: pilih laporan yang masih berjalan",
  },
  en: {
    "action.merge": "Merge",
    "merge.noteInto": "Original report: {code}",
    "merge.noteFrom": "Merged from report {code}",
    merge_not_found: "The report to merge into was not found",
    merge_self: "A report cannot be merged into itself",
    merge_practice: "Practice reports cannot be merged",
    merge_confidential: "A confidential report cannot be the original",
    merge_closed: "The report to merge into is no longer open",
    "intoTrackingCode.merge_not_found": "The report to merge into was not found in your region",
    "intoTrackingCode.merge_self": "A report cannot be merged into itself",
    "intoTrackingCode.merge_practice": "Practice reports cannot be merged",
    "intoTrackingCode.merge_confidential": "A confidential report cannot be the original: the other reporter could not follow it",
    "intoTrackingCode.merge_closed": "The report to merge into is resolved, closed or merged: choose one that is still open",
  },
};
