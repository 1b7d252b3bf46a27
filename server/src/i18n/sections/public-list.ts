// API sentences for the public list (/laporan): how long a complaint has waited, in working days,
// and the errors of its filter form. Bahasa Indonesia and English.
import type { Section } from "./section.ts";

export const publicListMessages: Section = {
  id: {
    "deadline.waiting": "Menunggu {days} hari kerja",
    "deadline.waiting.today": "Dilaporkan hari ini, sedang menunggu",
    "deadline.filedAgo": "Dilaporkan {days} hari kerja lalu",
    "deadline.filedAgo.today": "Dilaporkan hari ini",
    "district.invalid_choice": "Kecamatan itu tidak ada. Pilih kecamatan dari daftar",
    "village.invalid_choice": "Desa atau kelurahan itu tidak ada. Pilih dari daftar",
    "village.not_in_district": "Desa atau kelurahan itu tidak ada di kecamatan yang dipilih. Pilih lagi",
    "category.invalid_choice": "Kategori itu tidak ada. Pilih kategori dari daftar",
    "status.invalid_choice": "Pilih status dari daftar",
    "search.too_long": "Kata pencarian paling banyak {max} karakter. Sekarang {length} karakter",
  },
  en: {
    "deadline.waiting": "Waiting for {days} working days",
    "deadline.waiting.today": "Filed today, waiting",
    "deadline.filedAgo": "Filed {days} working days ago",
    "deadline.filedAgo.today": "Filed today",
    "district.invalid_choice": "There is no such kecamatan. Choose one from the list",
    "village.invalid_choice": "There is no such desa or kelurahan. Choose one from the list",
    "village.not_in_district": "That desa or kelurahan is not in the chosen kecamatan. Choose again",
    "category.invalid_choice": "There is no such category. Choose one from the list",
    "status.invalid_choice": "Choose a status from the list",
    "search.too_long": "Search words can be at most {max} characters. Now {length} characters",
  },
};
