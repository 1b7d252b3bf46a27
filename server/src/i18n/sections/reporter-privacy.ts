// API sentences for one area, in Bahasa Indonesia and English; messages.ts merges them in.
// The reporter's own privacy choice on the tracking page (code and PIN): its field errors in the
// reporter's words (the staff's "privacy.*" sentences speak of making it stricter), the timeline
// note either way, and the channel a complaint came in through, for staff and the statistics.
import type { Section } from "./section.ts";

export const reporterPrivacyMessages: Section = {
  id: {
    "ownPrivacy.required": "Pilih siapa yang boleh membaca laporan Anda",
    "ownPrivacy.unchanged": "Laporan Anda sudah memakai pilihan ini. Pilih yang lain untuk mengubahnya",
    "ownPrivacy.invalid_choice": "Pilih publik, anonim, atau rahasia. Nama hanya bisa ditampilkan jika Anda menulis nama saat melapor",
    "privacyChange.noteReporter": "Pelapor mengubah privasi laporan: {privacy}",
    "channel.WEB": "Web",
    "channel.ASSISTED": "Dibantu Sahabat LAPOR!",
    "channel.SMS": "SMS",
    "channel.OPEN311": "Aplikasi lain (Open311)",
  },
  en: {
    "ownPrivacy.required": "Choose who may read your complaint",
    "ownPrivacy.unchanged": "Your complaint already has this setting. Choose another one to change it",
    "ownPrivacy.invalid_choice": "Choose public, anonymous or confidential. Your name can be shown only if you gave it when filing",
    "privacyChange.noteReporter": "The reporter changed the complaint's privacy: {privacy}",
    "channel.WEB": "Web",
    "channel.ASSISTED": "Helped by a Sahabat LAPOR!",
    "channel.SMS": "SMS",
    "channel.OPEN311": "Another app (Open311)",
  },
};
