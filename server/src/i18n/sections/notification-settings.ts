// API sentences for notification settings and push subscriptions (field errors), Bahasa Indonesia and English.
import type { Section } from "./section.ts";

export const notificationSettingsMessages: Section = {
  id: {
    "channels.duplicate": "Setiap cara hanya boleh dipilih sekali. Ubah pilihan yang sama",
    "channels.invalid_choice": "Pilih cara dari daftar",
    "quietStart.required": "Tulis jam mulai waktu tenang, misalnya 21:00",
    "quietEnd.required": "Tulis jam selesai waktu tenang, misalnya 06:00",
    invalid_time: "Tulis jam dengan angka, misalnya 21:00",
    "quietEnd.same_time": "Jam selesai harus berbeda dari jam mulai",
    "locale.invalid_choice": "Pilih Bahasa Indonesia atau English",
    "endpoint.invalid_endpoint": "Peramban ini memberi alamat pemberitahuan yang tidak bisa dipakai",
    "keys.invalid_keys": "Peramban ini memberi kunci pemberitahuan yang tidak bisa dipakai",
  },
  en: {
    "channels.duplicate": "Choose each way only once. Change the repeated choice",
    "channels.invalid_choice": "Choose a way from the list",
    "quietStart.required": "Enter when quiet hours start, for example 21:00",
    "quietEnd.required": "Enter when quiet hours end, for example 06:00",
    invalid_time: "Enter the time in numbers, for example 21:00",
    "quietEnd.same_time": "The end must differ from the start",
    "locale.invalid_choice": "Choose Bahasa Indonesia or English",
    "endpoint.invalid_endpoint": "This browser gave a notification address that cannot be used",
    "keys.invalid_keys": "This browser gave notification keys that cannot be used",
  },
};
