// Easy-read sentences for what a resident can fix: field errors on the filing and the
// photo step, and on the tracking page (PIN, reply, rating, reopening, contact, following).
import type { EasySection } from "./section.ts";

export const formsEasy: EasySection = {
  mudah: {
    // The filing
    "kind.invalid_choice": "Pilih salah satu: pengaduan, aspirasi (usul), atau permintaan informasi",
    "story.too_long": "Cerita paling banyak {max} karakter. Sekarang {length} karakter. Buat lebih pendek.",
    "incidentDate.future_date": "Tanggal kejadian tidak boleh sesudah hari ini",
    "privacy.invalid_choice": "Pilih salah satu: publik, anonim (tanpa nama), atau rahasia",
    "suggestedAgencyId.invalid_choice": "Pilih kantor pemerintah dari daftar. Atau pilih Saya tidak tahu.",
    "categoryId.invalid_choice": "Pilih topik dari daftar. Atau pilih Saya tidak tahu.",
    "attachmentIds.invalid_choice": "Ada foto yang hilang. Kirim fotonya lagi.",
    "submit.too_many_filings":
      "Terlalu banyak laporan dari HP atau jaringan ini. Laporan Anda tetap tersimpan di sini. Kirim lagi dalam {minutes} menit. Relawan Sahabat LAPOR! bisa masuk ke akun dulu. Batasnya lebih longgar.",
    "photo.too_large": "Foto {fileName} terlalu besar. Satu foto paling besar {maxMb} MB. Kecilkan fotonya. Atau pilih foto lain.",
    "photo.too_many_pixels": "Foto {fileName} terlalu besar. Batasnya {maxMp} megapiksel. Kecilkan fotonya. Atau pilih foto lain.",
    "photo.heic":
      "Foto {fileName} berjenis HEIC. Jenis ini belum bisa diterima. Ubah dulu ke JPEG. Di iPhone: Pengaturan, Kamera, Format, Paling Kompatibel.",
    "photo.quota": "Terlalu banyak foto dari jaringan ini. Coba lagi dalam {minutes} menit. Atau kirim laporan tanpa foto.",
    "photo.disk_full": "Tempat foto sedang penuh. Kirim laporan tanpa foto. Atau coba lagi nanti.",
    // The tracking page
    "rating.not_yet": "Anda bisa memberi nilai setelah laporan selesai",
    "error.slow_down": "PIN sudah terlalu sering dicoba. Tunggu {seconds} detik. Lalu coba lagi.",
    "error.rate_limited": "PIN laporan ini sudah terlalu sering dicoba. Coba lagi dalam {minutes} menit.",
    "error.rate_limited_client": "PIN sudah terlalu sering dicoba dari HP atau jaringan ini. Coba lagi dalam {minutes} menit.",
  },
  plain: [
    // The filing
    "kind.required",
    "title.required",
    "title.too_long",
    "story.required",
    "incidentDate.invalid_date",
    "incidentDate.too_old",
    "districtCode.required",
    "districtCode.invalid_choice",
    "villageCode.invalid_choice",
    "villageCode.not_in_district",
    "landmark.too_long",
    "privacy.required",
    "reporterName.too_long",
    "reporterName.name_required_to_show",
    "reporterName.required",
    "reporterPhone.required",
    "reporterEmail.required",
    "invalid_phone",
    "invalid_email",
    "too_long",
    "latitude.invalid_choice",
    "contactPreference.invalid_choice",
    "contactPreference.sign_in_required",
    "contactPreference.no_sahabat",
    "relaySahabatId.invalid_choice",
    "photo.wrong_type",
    "photo.too_many",
    "photo.damaged",
    "photo.empty",
    // The tracking page
    "accessSecret.required",
    "accessSecret.no_match",
    "body.required",
    "body.too_long",
    "rating.invalid_choice",
    "rating.taken",
    "comment.too_long",
    "note.required",
    "note.too_long",
    "contact.required",
    "contact.invalid_email",
    "contact.invalid_phone",
  ],
};
