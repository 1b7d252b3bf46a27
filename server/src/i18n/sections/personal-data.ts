// API sentences for a resident's rights over their data: confirming the erasure with the password,
// and the optional deletion codes of the answers about them.
import type { Section } from "./section.ts";

export const personalDataMessages: Section = {
  id: {
    staff_account: "Akun ini dipakai untuk bekerja (petugas atau relawan). Minta administrator menutupnya",
    "password.required": "Tulis kata sandi Anda untuk memastikan ini memang Anda",
    "password.invalid_credentials": "Kata sandi salah. Periksa lalu coba lagi. Tidak ada yang dihapus",
    "password.too_many_attempts": "Terlalu banyak percobaan kata sandi. Coba lagi dalam {minutes} menit",
    "password.slow_down": "Terlalu cepat. Tunggu {seconds} detik lalu coba lagi",
    "password.staff_account": "Akun ini dipakai untuk bekerja (petugas atau relawan). Minta administrator menutupnya",
    "deletionCodes.invalid_code": "Kode hapus jawaban terdiri dari 12 huruf dan angka, misalnya ABCD-EFGH-JKMN. Tulis satu kode per baris",
    "deletionCodes.no_match": "Tidak ada jawaban dengan salah satu kode ini. Periksa kodenya, atau kosongkan kolom ini. Tidak ada yang dihapus",
  },
  en: {
    staff_account: "This account is used for work (staff or volunteer). Ask an administrator to close it",
    "password.required": "Write your password so we know it is really you",
    "password.invalid_credentials": "The password is wrong. Check it and try again. Nothing was erased",
    "password.too_many_attempts": "Too many password attempts. Try again in {minutes} minutes",
    "password.slow_down": "Too fast. Wait {seconds} seconds and try again",
    "password.staff_account": "This account is used for work (staff or volunteer). Ask an administrator to close it",
    "deletionCodes.invalid_code": "A deletion code has 12 letters and digits, for example ABCD-EFGH-JKMN. Write one code per line",
    "deletionCodes.no_match": "No answers have one of these codes. Check the codes, or leave this box empty. Nothing was erased",
  },
};
