// Revealing a hidden identity (administrators, when the law requires it): the field errors and the
// notification that tells the reporter their identity was opened, when and why.
import type { Section } from "./section.ts";

export const identityRevealMessages: Section = {
  id: {
    not_hidden: "Identitas pelapor laporan ini tidak tersembunyi: tidak ada yang perlu dibuka",
    "identityReveal.reason.required": "Tulis alasan membuka identitas, misalnya dasar hukum dan nomor surat permintaannya",
    "identityReveal.reason.too_short": "Alasan terlalu pendek: paling sedikit {min} karakter. Sebutkan dasar hukum dan nomor surat permintaannya",
    "identityReveal.reason.too_long": "Alasan paling banyak {max} karakter. Sekarang {length} karakter",
    "identityReveal.notify.title": "Identitas Anda dibuka",
    "identityReveal.notify.body":
      "Identitas Anda pada laporan {code} dibuka oleh administrator pada {when}, alasan: {reason}. Hanya administrator itu yang melihatnya, sekali ini.",
  },
  en: {
    not_hidden: "The reporter's identity is not hidden on this complaint: there is nothing to reveal",
    "identityReveal.reason.required": "Write why the identity is revealed, for example the legal basis and the number of the written request",
    "identityReveal.reason.too_short": "The reason is too short: at least {min} characters. Name the legal basis and the number of the written request",
    "identityReveal.reason.too_long": "The reason may have at most {max} characters. Now {length}",
    "identityReveal.notify.title": "Your identity was revealed",
    "identityReveal.notify.body":
      "Your identity on complaint {code} was revealed by an administrator on {when}, reason: {reason}. Only that administrator saw it, this once.",
  },
};
