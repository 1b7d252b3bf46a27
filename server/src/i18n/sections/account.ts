// API sentences for one area, in Bahasa Indonesia and English; messages.ts merges them in.
import type { Section } from "./section.ts";

export const accountMessages: Section = {
  id: {
    // The sessions page: a device in words.
    "session.device": "{browser} di {system}",
    "session.unknownDevice": "Perangkat tidak dikenal",
    // Sign-in takes an e-mail or a phone number.
    "email.invalid_credentials": "Email, nomor HP, atau kata sandi salah. Periksa lalu coba lagi",
    "email.required": "Tulis alamat email atau nomor HP Anda",
    "email.too_many_attempts": "Terlalu banyak percobaan masuk dari perangkat atau jaringan ini. Coba lagi dalam {minutes} menit",
    // Following without an account, and recovery.
    "contact.required": "Tulis nomor HP atau alamat email",
    "contact.invalid_email": "Tulis alamat email yang benar, misalnya nama@contoh.id",
    "contact.invalid_phone": "Tulis nomor HP yang benar, misalnya 0812 3456 7890",
    "contact.too_many_attempts": "Sudah terlalu sering meminta kode. Coba lagi dalam {minutes} menit",
    "accessSecret.required": "Tulis PIN laporan",
    "code.required": "Tulis kode dari pesan yang kami kirim",
    "code.no_match": "Kode tidak cocok atau sudah tidak berlaku. Periksa kodenya, atau minta kode baru",
    "code.too_many_attempts": "Terlalu banyak kode salah. Coba lagi dalam {minutes} menit, atau minta kode baru nanti",
    "password.too_long": "Kata sandi paling banyak {max} karakter",
    "regionCodes.invalid_choice": "Ada kecamatan yang tidak bisa Anda ikuti. Pilih dari daftar",
    "categoryIds.invalid_choice": "Ada topik yang tidak ada. Pilih dari daftar",
    "actor.RESIDENT": "pelapor",
    "actor.VERIFIER": "petugas verifikasi",
    "actor.AGENCY_OFFICER": "instansi",
    "actor.ADMINISTRATOR": "pengelola Suara",
    "actor.SAHABAT": "sahabat pelapor",
    "actor.TRAINER": "pelatih",
    "recovery.notification.title": "Kode untuk mengatur ulang kata sandi Suara",
    "recovery.notification.body":
      "Kode Anda: {code}. Berlaku {minutes} menit. Jangan berikan kode ini kepada siapa pun, termasuk petugas. Jika Anda tidak memintanya, abaikan pesan ini.",
    "recovery.notification.no_account.title": "Permintaan atur ulang kata sandi Suara",
    "recovery.notification.no_account.body":
      "Ada yang meminta atur ulang kata sandi Suara dengan alamat ini, tetapi belum ada akun dengan alamat ini. Jika itu Anda, daftar dulu di Suara. Jika bukan, abaikan pesan ini.",
    // Sign-up: the code, or a note that the contact already has an account (same answer on the page).
    "signUp.notification.title": "Kode untuk menyelesaikan pendaftaran Suara",
    "signUp.notification.body":
      "Kode pendaftaran Anda: {code}. Berlaku {minutes} menit. Jangan berikan kode ini kepada siapa pun. Jika Anda tidak mendaftar, abaikan pesan ini.",
    "signUp.notification.exists.title": "Anda sudah punya akun Suara",
    "signUp.notification.exists.body":
      "Ada yang mencoba mendaftar di Suara dengan alamat ini, padahal alamat ini sudah punya akun. Jika itu Anda, masuk saja, atau pilih \"Lupa kata sandi\". Jika bukan, abaikan pesan ini.",
    "email.too_many_codes": "Sudah terlalu sering meminta kode untuk email ini. Coba lagi dalam {minutes} menit",
    "phone.too_many_codes": "Sudah terlalu sering meminta kode untuk nomor ini. Coba lagi dalam {minutes} menit",
    "code.account_exists": "Alamat ini sudah punya akun. Masuk dengan alamat ini, atau pilih \"Lupa kata sandi\"",
    too_many_codes: "Sudah terlalu sering meminta kode. Coba lagi dalam {minutes} menit",
    account_exists: "Sudah ada akun dengan alamat ini. Masuk, atau pilih \"Lupa kata sandi\"",
  },
  en: {
    "session.device": "{browser} on {system}",
    "session.unknownDevice": "Unknown device",
    "email.invalid_credentials": "The e-mail, phone number or password is wrong. Check them and try again",
    "email.required": "Enter your e-mail address or phone number",
    "email.too_many_attempts": "Too many sign-in attempts from this device or network. Try again in {minutes} minutes",
    "contact.required": "Enter a phone number or e-mail address",
    "contact.invalid_email": "Enter a valid e-mail address, for example name@example.id",
    "contact.invalid_phone": "Enter a valid phone number, for example 0812 3456 7890",
    "contact.too_many_attempts": "You asked for a code too often. Try again in {minutes} minutes",
    "accessSecret.required": "Enter the report's PIN",
    "code.required": "Enter the code from the message we sent",
    "code.no_match": "The code does not match or no longer works. Check it, or ask for a new code",
    "code.too_many_attempts": "Too many wrong codes. Try again in {minutes} minutes, or ask for a new code later",
    "password.too_long": "The password can be at most {max} characters",
    "regionCodes.invalid_choice": "Some kecamatan cannot be followed by you. Choose from the list",
    "categoryIds.invalid_choice": "Some topics do not exist. Choose from the list",
    "actor.RESIDENT": "the reporter",
    "actor.VERIFIER": "a verifier",
    "actor.AGENCY_OFFICER": "the agency",
    "actor.ADMINISTRATOR": "Suara's administrators",
    "actor.SAHABAT": "the reporter's sahabat",
    "actor.TRAINER": "a trainer",
    "recovery.notification.title": "Your code to reset your Suara password",
    "recovery.notification.body":
      "Your code: {code}. It works for {minutes} minutes. Never give this code to anyone, staff included. If you did not ask for it, ignore this message.",
    "recovery.notification.no_account.title": "A Suara password reset was asked for",
    "recovery.notification.no_account.body":
      "Someone asked to reset a Suara password for this address, but no account has it. If that was you, sign up to Suara first. If not, ignore this message.",
    "signUp.notification.title": "Your code to finish signing up to Suara",
    "signUp.notification.body":
      "Your sign-up code: {code}. It works for {minutes} minutes. Never give this code to anyone. If you did not sign up, ignore this message.",
    "signUp.notification.exists.title": "You already have a Suara account",
    "signUp.notification.exists.body":
      "Someone tried to sign up to Suara with this address, but it already has an account. If that was you, just sign in, or choose \"Forgot password\". If not, ignore this message.",
    "email.too_many_codes": "A code was asked for this e-mail too often. Try again in {minutes} minutes",
    "phone.too_many_codes": "A code was asked for this number too often. Try again in {minutes} minutes",
    "code.account_exists": "This address already has an account. Sign in with it, or choose \"Forgot password\"",
    too_many_codes: "A code was asked for too often. Try again in {minutes} minutes",
    account_exists: "An account already has this address. Sign in, or choose \"Forgot password\"",
  },
};
