// Start-up failures are read by whoever runs the service: one sentence in Bahasa Indonesia,
// then English, each saying what to fix.
export const startupMessages = {
  envInvalid: (details: string) => ({
    id: `Pengaturan lingkungan tidak valid: ${details}`,
    en: `The environment settings are not valid: ${details}`,
  }),
  portInUse: (port: number) => ({
    id: `Port ${port} sudah dipakai program lain. Hentikan program itu atau jalankan Suara dengan PORT=<port lain>.`,
    en: `Port ${port} is already in use by another program. Stop that program or start Suara with PORT=<another port>.`,
  }),
  dataFolderBusy: (dir: string, pid: number) => ({
    id: `Folder data ${dir} sedang dipakai proses lain (pid ${pid}). Hentikan proses itu atau pakai DATA_DIR=<folder lain>.`,
    en: `The data folder ${dir} is in use by another process (pid ${pid}). Stop that process or use DATA_DIR=<another folder>.`,
  }),
  dataFolderBroken: (dir: string, reason: string) => ({
    id: `Folder data ${dir} rusak atau bukan basis data Suara (${reason}). Pindahkan folder itu atau pakai DATA_DIR=<folder lain>.`,
    en: `The data folder ${dir} is damaged or is not a Suara database (${reason}). Move that folder away or use DATA_DIR=<another folder>.`,
  }),
  databaseUnreachable: (where: string, reason: string) => ({
    id: `Tidak dapat terhubung ke PostgreSQL di ${where} (${reason}). Periksa DATABASE_URL dan pastikan server PostgreSQL berjalan.`,
    en: `Cannot connect to PostgreSQL at ${where} (${reason}). Check DATABASE_URL and make sure the PostgreSQL server is running.`,
  }),
  migrationFailed: (name: string, reason: string) => ({
    id: `Migrasi ${name} gagal (${reason}). Perbaiki basis data lalu jalankan npm run db:deploy.`,
    en: `Migration ${name} failed (${reason}). Repair the database, then run npm run db:deploy.`,
  }),
  migrationsPending: (count: number) => ({
    id: `Ada ${count} migrasi yang belum diterapkan dan MIGRATE_ON_START=false. Jalankan npm run db:deploy dulu.`,
    en: `${count} migrations are not applied and MIGRATE_ON_START=false. Run npm run db:deploy first.`,
  }),
  webNotBuilt: (dir: string) => ({
    id: `Aplikasi web belum dibangun (${dir} tidak ada). Jalankan npm run build.`,
    en: `The web app is not built (${dir} is missing). Run npm run build.`,
  }),
} as const;

export type StartupMessage = { id: string; en: string };

/** Thrown for failures an operator can fix; main prints it and exits without a stack trace. */
export class StartupError extends Error {
  constructor(readonly text: StartupMessage) {
    super(`${text.id}\n${text.en}`);
    this.name = "StartupError";
  }
}
