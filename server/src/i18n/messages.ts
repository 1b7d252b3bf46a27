// Sentences the API returns to people: field errors, status and kind labels. Bahasa Indonesia
// first, English second, same keys in both (a unit test checks). The web app has its own
// catalogue for page copy; these are the words that travel in GraphQL payloads.
export type Locale = "id" | "en";

type Catalogue = Record<string, string>;

const id: Catalogue = {
  // Field errors: "<field>.<code>", with "<code>" as the fallback.
  required: "Isian ini wajib diisi",
  too_long: "Terlalu panjang: paling banyak {max} karakter, sekarang {length}",
  invalid_choice: "Pilih salah satu pilihan yang ada",
  invalid_date: "Tulis tanggal yang benar",
  future_date: "Tanggal tidak boleh di masa depan",
  too_old: "Tanggal tidak boleh lebih dari {years} tahun yang lalu",
  invalid_email: "Tulis alamat email yang benar, misalnya nama@contoh.id",
  invalid_phone: "Tulis nomor HP yang benar, misalnya 0812 3456 7890",
  not_in_district: "Pilihan ini tidak ada di kecamatan yang dipilih",
  name_required_to_show: "Tulis nama jika ingin nama ditampilkan",
  invalid_credentials: "Data masuk salah. Periksa lalu coba lagi",
  too_many_attempts: "Terlalu banyak percobaan. Coba lagi dalam {minutes} menit",
  "kind.required": "Pilih jenis laporan",
  "kind.invalid_choice": "Pilih salah satu jenis laporan: pengaduan, aspirasi, atau permintaan informasi",
  "title.required": "Tulis judul laporan",
  "title.too_long": "Judul paling banyak {max} karakter. Sekarang {length} karakter",
  "story.required": "Ceritakan apa yang terjadi",
  "story.too_long": "Cerita paling banyak {max} karakter. Sekarang {length} karakter; persingkat sedikit",
  "incidentDate.invalid_date": "Tanggal kejadian harus tanggal yang benar, misalnya 17 8 2026",
  "incidentDate.future_date": "Tanggal kejadian tidak boleh di masa depan",
  "incidentDate.too_old": "Tanggal kejadian tidak boleh lebih dari {years} tahun yang lalu",
  "districtCode.required": "Pilih kecamatan tempat kejadian",
  "districtCode.invalid_choice": "Pilih kecamatan dari daftar",
  "villageCode.invalid_choice": "Pilih desa atau kelurahan dari daftar",
  "villageCode.not_in_district": "Desa atau kelurahan itu tidak ada di kecamatan yang dipilih. Pilih lagi",
  "landmark.too_long": "Patokan lokasi paling banyak {max} karakter. Sekarang {length} karakter",
  "categoryId.invalid_choice": "Pilih kategori dari daftar, atau pilih Saya tidak tahu",
  "privacy.required": "Pilih siapa yang boleh melihat laporan Anda",
  "privacy.invalid_choice": "Pilih publik, anonim, atau rahasia",
  "reporterName.too_long": "Nama paling banyak {max} karakter",
  "reporterName.name_required_to_show": "Tulis nama Anda jika ingin nama ditampilkan",
  "body.required": "Tulis pesan Anda",
  "body.too_long": "Pesan paling banyak {max} karakter. Sekarang {length} karakter",
  "email.required": "Tulis alamat email Anda",
  "password.required": "Tulis kata sandi Anda",
  "email.invalid_credentials": "Email atau kata sandi salah. Periksa lalu coba lagi",
  // Labels
  "kind.PENGADUAN": "Pengaduan",
  "kind.ASPIRASI": "Aspirasi",
  "kind.PERMINTAAN_INFORMASI": "Permintaan informasi",
  "status.SUBMITTED": "Terkirim, menunggu verifikasi",
  "status.VERIFIED": "Sudah diverifikasi",
  "status.DISPOSED": "Diteruskan ke instansi",
  "status.IN_PROGRESS": "Sedang ditindaklanjuti",
  "status.RESOLVED": "Selesai ditangani",
  "status.CLOSED": "Ditutup",
  "status.POSTPONED": "Ditunda, menunggu keterangan Anda",
  "status.OUT_OF_SCOPE": "Bukan urusan layanan publik",
  "status.NOT_OUR_AUTHORITY": "Dikembalikan untuk dialihkan",
  "status.REJECTED": "Ditolak",
  "status.ARCHIVED": "Diarsipkan",
  "photo.too_large": "Foto {fileName} terlalu besar. Paling besar {maxMb} MB per foto. Kecilkan fotonya atau pilih foto lain",
  "photo.wrong_type": "Berkas {fileName} bukan foto JPEG, PNG, atau WebP. Pilih foto lain",
  "photo.heic": "Foto {fileName} berformat HEIC dan belum bisa diterima. Ubah ke JPEG dulu (di iPhone: Pengaturan, Kamera, Format, Paling Kompatibel)",
  "photo.too_many": "Paling banyak {max} foto untuk satu laporan",
  "photo.damaged": "Foto {fileName} rusak atau tidak terkirim lengkap. Coba kirim lagi",
  "photo.empty": "Pilih foto dulu",
  "attachmentIds.invalid_choice": "Ada foto yang tidak ditemukan. Unggah fotonya lagi",
  "email.too_many_attempts": "Terlalu banyak percobaan masuk untuk email ini. Coba lagi dalam {minutes} menit",
  "error.rate_limited": "Terlalu banyak percobaan PIN untuk laporan ini. Coba lagi dalam {minutes} menit",
  "error.not_found": "Tidak ditemukan",
  "error.forbidden": "Anda tidak punya akses untuk ini",
  "error.unauthenticated": "Silakan masuk dulu",
  "error.internal": "Terjadi kesalahan di server. Coba lagi sebentar lagi",
};

const en: Catalogue = {
  required: "This field is required",
  too_long: "Too long: at most {max} characters, now {length}",
  invalid_choice: "Choose one of the options",
  invalid_date: "Enter a real date",
  future_date: "The date cannot be in the future",
  too_old: "The date cannot be more than {years} years ago",
  invalid_email: "Enter a real e-mail address, like name@example.id",
  invalid_phone: "Enter a real phone number, like 0812 3456 7890",
  not_in_district: "This choice is not in the chosen kecamatan",
  name_required_to_show: "Enter a name if you want it shown",
  invalid_credentials: "The sign-in details are wrong. Check them and try again",
  too_many_attempts: "Too many attempts. Try again in {minutes} minutes",
  "kind.required": "Choose what kind of report this is",
  "kind.invalid_choice": "Choose a complaint, an aspiration or an information request",
  "title.required": "Enter a title for your report",
  "title.too_long": "The title can be at most {max} characters. It is {length} now",
  "story.required": "Tell us what happened",
  "story.too_long": "The story can be at most {max} characters. It is {length} now; shorten it a little",
  "incidentDate.invalid_date": "The date must be a real date, like 17 8 2026",
  "incidentDate.future_date": "The date cannot be in the future",
  "incidentDate.too_old": "The date cannot be more than {years} years ago",
  "districtCode.required": "Choose the kecamatan where it happened",
  "districtCode.invalid_choice": "Choose a kecamatan from the list",
  "villageCode.invalid_choice": "Choose a desa or kelurahan from the list",
  "villageCode.not_in_district": "That desa or kelurahan is not in the chosen kecamatan. Choose again",
  "landmark.too_long": "The landmark can be at most {max} characters. It is {length} now",
  "categoryId.invalid_choice": "Choose a category from the list, or choose I don't know",
  "privacy.required": "Choose who may see your report",
  "privacy.invalid_choice": "Choose public, anonymous or confidential",
  "reporterName.too_long": "The name can be at most {max} characters",
  "reporterName.name_required_to_show": "Enter your name if you want it shown",
  "body.required": "Write your message",
  "body.too_long": "The message can be at most {max} characters. It is {length} now",
  "email.required": "Enter your e-mail address",
  "password.required": "Enter your password",
  "email.invalid_credentials": "The e-mail or password is wrong. Check them and try again",
  "kind.PENGADUAN": "Complaint",
  "kind.ASPIRASI": "Aspiration",
  "kind.PERMINTAAN_INFORMASI": "Information request",
  "status.SUBMITTED": "Sent, waiting for verification",
  "status.VERIFIED": "Verified",
  "status.DISPOSED": "Passed to an agency",
  "status.IN_PROGRESS": "Being followed up",
  "status.RESOLVED": "Resolved",
  "status.CLOSED": "Closed",
  "status.POSTPONED": "On hold, waiting for more information from you",
  "status.OUT_OF_SCOPE": "Not a public-service matter",
  "status.NOT_OUR_AUTHORITY": "Returned to be re-routed",
  "status.REJECTED": "Rejected",
  "status.ARCHIVED": "Archived",
  "photo.too_large": "The photo {fileName} is too large. Each photo can be at most {maxMb} MB. Make it smaller or choose another photo",
  "photo.wrong_type": "The file {fileName} is not a JPEG, PNG or WebP photo. Choose another photo",
  "photo.heic": "The photo {fileName} is in HEIC format, which cannot be accepted yet. Change it to JPEG first (on an iPhone: Settings, Camera, Formats, Most Compatible)",
  "photo.too_many": "A report can have at most {max} photos",
  "photo.damaged": "The photo {fileName} is damaged or did not arrive complete. Try sending it again",
  "photo.empty": "Choose a photo first",
  "attachmentIds.invalid_choice": "A photo could not be found. Upload it again",
  "email.too_many_attempts": "Too many sign-in attempts for this e-mail. Try again in {minutes} minutes",
  "error.rate_limited": "Too many PIN attempts for this report. Try again in {minutes} minutes",
  "error.not_found": "Not found",
  "error.forbidden": "You do not have access to this",
  "error.unauthenticated": "Please sign in first",
  "error.internal": "Something went wrong on the server. Try again in a moment",
};

export const catalogues: Record<Locale, Catalogue> = { id, en };

export function translate(locale: Locale, key: string, params: Record<string, number | string> = {}): string {
  const template = catalogues[locale][key] ?? catalogues.id[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The message for a field error: the field's own sentence, else the generic one for the code. */
export function fieldMessage(locale: Locale, field: string, code: string, params?: Record<string, number>): string {
  const key = catalogues[locale][`${field}.${code}`] !== undefined ? `${field}.${code}` : code;
  return translate(locale, key, params);
}

export function parseLocale(value: string | null | undefined): Locale | null {
  return value === "id" || value === "en" ? value : null;
}
