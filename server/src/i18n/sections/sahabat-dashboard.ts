// API sentences for the kecamatan dashboard of a sahabat (overdue said in words), Bahasa
// Indonesia and English.
import type { Section } from "./section.ts";

export const sahabatDashboardMessages: Section = {
  id: {
    "sahabatDashboard.overdue.VERIFIER": "Terlambat {days} hari kerja di verifikator",
    "sahabatDashboard.overdue.AGENCY": "Terlambat {days} hari kerja di instansi",
  },
  en: {
    "sahabatDashboard.overdue.VERIFIER": "Overdue by {days} working days at the verifier",
    "sahabatDashboard.overdue.AGENCY": "Overdue by {days} working days at the agency",
  },
};
