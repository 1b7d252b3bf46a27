// API sentences for the resident's filing, in Bahasa Indonesia and English; messages.ts
// merges them in.
import type { Section } from "./section.ts";

export const filingMessages: Section = {
  id: {
    sign_in_required: "Masuk ke akun dulu untuk memilih ini",
    "contactPreference.invalid_choice": "Pilih salah satu cara menerima kabar",
    "contactPreference.sign_in_required": "Kabar lewat akun hanya bisa jika Anda sudah masuk. Masuk dulu, atau pilih cara lain",
    "reporterPhone.required": "Tulis nomor HP untuk menerima SMS, misalnya 0812 3456 7890",
    "reporterEmail.required": "Tulis alamat e-mail untuk menerima kabar, misalnya nama@contoh.id",
    "suggestedAgencyId.invalid_choice": "Pilih instansi dari daftar, atau pilih Saya tidak tahu",
    "latitude.invalid_choice": "Lokasi dari HP tidak terbaca. Coba lagi, atau hapus lokasi itu",
    no_sahabat: "Belum ada Sahabat LAPOR! di kecamatan ini",
    "contactPreference.no_sahabat": "Belum ada Sahabat LAPOR! di kecamatan ini. Pilih cara lain untuk menerima kabar",
    "relaySahabatId.invalid_choice": "Pilih Sahabat LAPOR! dari daftar kecamatan Anda, atau pilih siapa saja",
  },
  en: {
    sign_in_required: "Sign in first to choose this",
    "contactPreference.invalid_choice": "Choose one way to hear back",
    "contactPreference.sign_in_required": "News through your account needs you to be signed in. Sign in first, or choose another way",
    "reporterPhone.required": "Enter a mobile number for SMS, for example 0812 3456 7890",
    "reporterEmail.required": "Enter an e-mail address to hear back, for example nama@contoh.id",
    "suggestedAgencyId.invalid_choice": "Choose an agency from the list, or choose I don't know",
    "latitude.invalid_choice": "The location from your phone could not be read. Try again, or remove it",
    no_sahabat: "There is no Sahabat LAPOR! in this kecamatan yet",
    "contactPreference.no_sahabat": "There is no Sahabat LAPOR! in this kecamatan yet. Choose another way to hear back",
    "relaySahabatId.invalid_choice": "Choose a Sahabat LAPOR! from your kecamatan's list, or choose anyone",
  },
};
