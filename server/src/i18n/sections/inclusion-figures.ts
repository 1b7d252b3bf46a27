// API sentences for "who is being served" in figures: the staff's summary of this month, with a
// small count said as "fewer than 5" and a withheld one left out with a plain note.
import type { Section } from "./section.ts";

export const inclusionFiguresMessages: Section = {
  id: {
    "inclusionFigures.fewerThan5": "kurang dari 5",
    "inclusionFigures.month.both": "Bulan ini {count} laporan dari warga dengan disabilitas, {sahabat} di antaranya lewat Sahabat LAPOR!",
    "inclusionFigures.month.total": "Bulan ini {count} laporan dari warga dengan disabilitas.",
    "inclusionFigures.month.sahabat": "Bulan ini {sahabat} laporan dari warga dengan disabilitas lewat Sahabat LAPOR!",
    "inclusionFigures.month.hidden": "Jumlah laporan dari warga dengan disabilitas bulan ini disembunyikan, agar angka kecil tidak bisa dihitung dari total.",
    "inclusionFigures.month.sahabatHidden": "Berapa yang lewat Sahabat LAPOR! disembunyikan, agar angka kecil tidak bisa dihitung dari total.",
    "inclusionFigures.month.totalHidden": "Jumlah seluruhnya disembunyikan, agar angka kecil tidak bisa dihitung dari total.",
    "year.invalid_choice": "Pilih tahun yang ada",
  },
  en: {
    "inclusionFigures.fewerThan5": "fewer than 5",
    "inclusionFigures.month.both": "This month {count} reports from residents with a disability, {sahabat} of them through Sahabat LAPOR!",
    "inclusionFigures.month.total": "This month {count} reports from residents with a disability.",
    "inclusionFigures.month.sahabat": "This month {sahabat} reports from residents with a disability through Sahabat LAPOR!",
    "inclusionFigures.month.hidden": "This month's number of reports from residents with a disability is hidden, so that small numbers cannot be worked out from the totals.",
    "inclusionFigures.month.sahabatHidden": "How many came through Sahabat LAPOR! is hidden, so that small numbers cannot be worked out from the totals.",
    "inclusionFigures.month.totalHidden": "The whole number is hidden, so that small numbers cannot be worked out from the totals.",
    "year.invalid_choice": "Choose one of the years offered",
  },
};
