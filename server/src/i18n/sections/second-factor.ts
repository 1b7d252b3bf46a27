// API sentences for two-step sign-in (authenticator app and recovery codes), in Bahasa Indonesia
// and English; messages.ts merges them in.
import type { Section } from "./section.ts";

export const secondFactorMessages: Section = {
  id: {
    // Fallbacks for any field.
    wrong_code: "Kode salah atau sudah lewat",
    code_used: "Kode ini sudah dipakai. Tunggu kode berikutnya",
    already_enrolled: "Verifikasi dua langkah sudah aktif",
    not_enrolled: "Verifikasi dua langkah belum aktif",
    second_factor_needed: "Untuk tindakan ini, tulis lagi kode dari aplikasi autentikator Anda",
    "authCode.required": "Tulis kode 6 angka dari aplikasi autentikator, atau satu kode pemulihan",
    "authCode.wrong_code": "Kode salah atau sudah lewat. Tulis kode yang sedang tampil di aplikasi, atau satu kode pemulihan yang belum dipakai",
    "authCode.code_used": "Kode ini sudah dipakai. Tunggu kode berikutnya muncul di aplikasi, lalu tulis kode itu",
    "authCode.slow_down": "Terlalu banyak kode salah untuk akun ini. Tunggu {seconds} detik, lalu coba lagi",
    "authCode.not_enrolled": "Verifikasi dua langkah belum aktif atau belum dimulai untuk akun ini. Mulai lagi dari halaman Verifikasi dua langkah",
    "authCode.already_enrolled": "Verifikasi dua langkah sudah aktif untuk akun ini",
    "authCode.sign_in_required": "Masuk dulu dengan email atau nomor HP dan kata sandi",
    "password.invalid_credentials": "Kata sandi salah. Periksa lalu coba lagi",
    "code.second_factor_needed": "Untuk tindakan ini, tulis lagi kode dari aplikasi autentikator Anda",
  },
  en: {
    wrong_code: "The code is wrong or has expired",
    code_used: "This code was already used. Wait for the next one",
    already_enrolled: "Two-step verification is already on",
    not_enrolled: "Two-step verification is not on",
    second_factor_needed: "For this, enter a code from your authenticator app again",
    "authCode.required": "Enter the 6-digit code from your authenticator app, or one recovery code",
    "authCode.wrong_code": "The code is wrong or has expired. Enter the code your app shows now, or one unused recovery code",
    "authCode.code_used": "This code was already used. Wait for the next code to appear in your app, then enter that one",
    "authCode.slow_down": "Too many wrong codes for this account. Wait {seconds} seconds, then try again",
    "authCode.not_enrolled": "Two-step verification is not on or not started for this account. Start again from the Two-step verification page",
    "authCode.already_enrolled": "Two-step verification is already on for this account",
    "authCode.sign_in_required": "Sign in first with your e-mail or phone number and password",
    "password.invalid_credentials": "The password is wrong. Check it and try again",
    "code.second_factor_needed": "For this, enter a code from your authenticator app again",
  },
};
