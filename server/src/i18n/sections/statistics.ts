// API sentences for open statistics (/statistik): an agency's answers on time in words, and the
// names of "none", Bahasa Indonesia and English.
import type { Section } from "./section.ts";

export const statisticsMessages: Section = {
  id: {
    "statistics.none": "Tanpa kategori",
    "statistics.noAgency": "Belum diteruskan ke instansi",
    "statistics.agency.onTime": "{agency} menjawab {onTime} dari {due} laporan tepat waktu",
    "statistics.agency.noneDue": "{agency} belum punya laporan yang batas waktu jawabannya sudah lewat",
    "statistics.agency.notPassed": "{count} laporan belum diteruskan ke instansi",
    "from.invalid_date": "Pilih bulan awal yang benar",
    "to.invalid_date": "Pilih bulan akhir yang benar",
    "from.invalid_choice": "Bulan awal harus sama dengan bulan akhir atau sebelumnya",
    "from.too_far": "Pilih paling lama {max} bulan sekaligus",
  },
  en: {
    "statistics.none": "No category",
    "statistics.noAgency": "Not passed to an agency yet",
    "statistics.agency.onTime": "{agency} answered {onTime} of {due} complaints on time",
    "statistics.agency.noneDue": "{agency} has no complaint whose answer deadline has passed yet",
    "statistics.agency.notPassed": "{count} complaints not passed to an agency yet",
    "from.invalid_date": "Choose a valid first month",
    "to.invalid_date": "Choose a valid last month",
    "from.invalid_choice": "The first month must be the last month or before it",
    "from.too_far": "Choose at most {max} months at once",
  },
};
