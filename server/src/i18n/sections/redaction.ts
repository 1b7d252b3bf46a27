// API sentences for redaction before publication (the verifier's "Samarkan sebelum diumumkan"):
// field errors and the staff timeline note that says what kind of thing was hidden, never what.
import type { Section } from "./section.ts";

export const redactionMessages: Section = {
  id: {
    "phrases.too_long": "Terlalu banyak frasa: paling banyak {max}",
    "phrase.too_long": "Frasa terlalu panjang: paling banyak {max} karakter",
    "photos.invalid_choice": "Pilih foto dari laporan ini",
    "regions.too_long": "Terlalu banyak bagian foto: paling banyak {max}",
    "redaction.practice": "Laporan latihan tidak pernah diumumkan, jadi tidak perlu disamarkan",
    "redaction.note.phrases": "{count} frasa disamarkan di judul dan cerita",
    "redaction.note.text_restored": "Judul dan cerita untuk umum kembali seperti aslinya",
    "redaction.note.blurred": "foto {number} dikaburkan di {regions} bagian",
    "redaction.note.hidden": "foto {number} disembunyikan dari umum",
    "redaction.note.restored": "foto {number} kembali ditampilkan seperti aslinya",
  },
  en: {
    "phrases.too_long": "Too many phrases: at most {max}",
    "phrase.too_long": "Phrase too long: at most {max} characters",
    "photos.invalid_choice": "Choose a photo of this complaint",
    "regions.too_long": "Too many parts of the photo: at most {max}",
    "redaction.practice": "Practice complaints are never published, so there is nothing to redact",
    "redaction.note.phrases": "{count} phrases hidden in the title and story",
    "redaction.note.text_restored": "The public title and story are the original again",
    "redaction.note.blurred": "photo {number} blurred in {regions} parts",
    "redaction.note.hidden": "photo {number} hidden from the public",
    "redaction.note.restored": "photo {number} shown as the original again",
  },
};
