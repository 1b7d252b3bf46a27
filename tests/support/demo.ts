// The demo data's facts the tests lean on: the demo accounts' shared password and their emails.
export const DEMO_PASSWORD = "suara-demo-2026";

export const demoEmail = {
  resident: "warga@demo.suara.id",
  trainer: "pelatih@demo.suara.id",
  verifier: "verifikator@demo.suara.id",
  agency: "petugas.pupr@demo.suara.id",
  sahabat: "sahabat@demo.suara.id",
  admin: "admin@demo.suara.id",
} as const;
