// The public-square benchmark's data: 100,000 complaints in one INSERT … SELECT over
// generate_series, into a database the app started and seeded (regions, categories, agencies),
// with the timeline and answers the statistics read.
import type { RunningServer } from "../../../server/src/app.ts";

type Prisma = RunningServer["db"]["prisma"];

// The words of the seeded complaints: what residents of Gowa write about, in Bahasa Indonesia.
const THINGS = ["Jalan", "Lampu jalan", "Saluran air", "Jembatan", "Sampah", "Air PDAM", "Puskesmas", "Sekolah", "Pasar", "Listrik", "Drainase", "Trotoar"];
const STATES = ["berlubang", "rusak", "padam", "tersumbat", "menumpuk", "mati", "retak", "banjir", "kotor", "macet", "bocor", "ambruk"];
const PLACES = ["di depan sekolah", "dekat pasar", "di samping masjid", "di ujung dusun", "di depan kantor desa", "dekat puskesmas", "di jalan poros", "dekat lapangan"];
const SENTENCES = [
  "Sudah seminggu tidak diperbaiki.",
  "Warga kesulitan lewat saat hujan.",
  "Anak-anak sekolah terpaksa memutar jauh.",
  "Motor sering jatuh di sini.",
  "Bau tidak sedap setiap pagi.",
  "Mohon segera ditangani petugas.",
  "Sudah dilaporkan ke kepala dusun tetapi belum ada tindakan.",
  "Malam hari sangat gelap dan berbahaya bagi pejalan kaki.",
  "Pedagang di pasar ikut mengeluh.",
  "Air menggenang sampai ke rumah warga.",
];
// Weighted: most complaints are being handled or closed; some wait for a check or were turned away.
const STATUSES = [
  ...Array(3).fill("SUBMITTED"), ...Array(2).fill("VERIFIED"), ...Array(3).fill("DISPOSED"), ...Array(3).fill("IN_PROGRESS"),
  ...Array(2).fill("RESOLVED"), ...Array(3).fill("CLOSED"), "POSTPONED", "REJECTED", "NOT_OUR_AUTHORITY", "OUT_OF_SCOPE",
];
const KINDS = ["PENGADUAN", "PENGADUAN", "PENGADUAN", "PENGADUAN", "ASPIRASI", "PERMINTAAN_INFORMASI"];
const PRIVACIES = ["PUBLIC", "PUBLIC", "PUBLIC", "PUBLIC", "PUBLIC", "PUBLIC", "ANONYMOUS", "ANONYMOUS", "ANONYMOUS", "CONFIDENTIAL"];

const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", ")}]`;

/**
 * 100,000 complaints in one INSERT … SELECT over generate_series. Each column picks from its list
 * by a different multiplier of the row number, so the columns do not move in step. Every desa of
 * the regency gets complaints (so every kecamatan, in proportion to its desa); 2% are practice,
 * 0.5% archived as merged into the first one, 5% carry a redacted public text; 70% have no
 * support, the rest a long tail up to 400.
 */
export async function seed(prisma: Prisma, count: number): Promise<void> {
  await prisma.$executeRawUnsafe(`DELETE FROM "Complaint" WHERE "trackingCode" LIKE 'BNC-%'`);
  const started = performance.now();
  await prisma.$executeRawUnsafe(`
    WITH v AS (
      SELECT (row_number() OVER (ORDER BY "code")) - 1 AS i, "code", "parentCode" FROM "Region"
      WHERE "level" = 'VILLAGE' AND "code" LIKE '73.06.%'
    ), vn AS (SELECT count(*) AS n FROM v),
    cat AS (SELECT (row_number() OVER (ORDER BY "sortOrder", "id")) - 1 AS i, "id" FROM "Category" WHERE "active"),
    cn AS (SELECT count(*) AS n FROM cat),
    words AS (
      SELECT ${sqlArray(THINGS)} AS things, ${sqlArray(STATES)} AS states, ${sqlArray(PLACES)} AS places,
             ${sqlArray(SENTENCES)} AS sentences, ${sqlArray(STATUSES)} AS statuses, ${sqlArray(KINDS)} AS kinds,
             ${sqlArray(PRIVACIES)} AS privacies
    ), rows AS (
      SELECT g,
        w.things[1 + (g * 7) % ${THINGS.length}] || ' ' || w.states[1 + (g * 11) % ${STATES.length}] || ' ' || w.places[1 + (g * 13) % ${PLACES.length}] AS title,
        w.sentences[1 + (g * 17) % ${SENTENCES.length}] || ' ' || w.sentences[1 + (g * 19) % ${SENTENCES.length}] AS story,
        CASE WHEN g % 200 = 0 THEN 'ARCHIVED' ELSE w.statuses[1 + (g * 23) % ${STATUSES.length}] END AS status,
        w.kinds[1 + (g * 29) % ${KINDS.length}] AS kind,
        w.privacies[1 + (g * 31) % ${PRIVACIES.length}] AS privacy,
        (g * 37) % (SELECT n FROM vn) AS vi,
        (g * 41) % (SELECT n FROM cn) AS ci
      FROM generate_series(1, ${count}) AS g CROSS JOIN words w
    )
    INSERT INTO "Complaint" ("id", "trackingCode", "accessSecretHash", "kind", "title", "story", "districtCode", "villageCode",
      "categoryId", "privacy", "status", "isSandbox", "supportCount", "mergedIntoId", "publicTitle", "publicStory", "submittedAt", "updatedAt")
    SELECT 'bench-' || r.g, 'BNC-' || lpad(r.g::text, 7, '0'), 'x', r.kind::"ComplaintKind",
      r.title || ' ' || r.g, r.title || '. ' || r.story, v."parentCode", v."code", cat."id",
      r.privacy::"Privacy", r.status::"ComplaintStatus", r.g % 50 = 0,
      CASE WHEN (r.g * 7919) % 1009 < 706 THEN 0 ELSE floor(power(((r.g * 43) % 997) / 997.0, 4) * 400)::int END,
      CASE WHEN r.g % 200 = 0 THEN 'bench-1' END,
      CASE WHEN r.g % 20 = 7 THEN '[disamarkan] ' || r.title END,
      CASE WHEN r.g % 20 = 7 THEN r.title || '. [disamarkan] ' || r.story END,
      now() - ((r.g * 7919) % (730 * 86400)) * interval '1 second', now()
    FROM rows r JOIN v ON v.i = r.vi JOIN cat ON cat.i = r.ci`);
  // What the statistics count besides the complaint: its check and passing on (timeline), the
  // agency it went to, and its first public answer, for every complaint whose status says it got
  // that far (a few days apart, answers up to three weeks after the passing on).
  await prisma.$executeRawUnsafe(`
    UPDATE "Complaint" c SET "agencyId" = a."id"
    FROM (SELECT (row_number() OVER (ORDER BY "id")) - 1 AS i, "id" FROM "Agency") a
    WHERE c."trackingCode" LIKE 'BNC-%' AND c."status" IN ('DISPOSED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')
      AND a.i = (substr(c."id", 7)::int * 53) % (SELECT count(*) FROM "Agency")`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "TimelineEvent" ("id", "complaintId", "type", "fromStatus", "toStatus", "createdAt")
    SELECT c."id" || '-v', c."id", 'STATUS_CHANGED'::"TimelineEventType", 'SUBMITTED'::"ComplaintStatus", 'VERIFIED'::"ComplaintStatus", c."submittedAt" + (1 + substr(c."id", 7)::int % 4) * interval '1 day'
    FROM "Complaint" c
    WHERE c."trackingCode" LIKE 'BNC-%' AND c."status" IN ('VERIFIED', 'DISPOSED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'NOT_OUR_AUTHORITY')
    UNION ALL
    SELECT c."id" || '-d', c."id", 'STATUS_CHANGED'::"TimelineEventType", 'VERIFIED'::"ComplaintStatus", 'DISPOSED'::"ComplaintStatus", c."submittedAt" + (2 + substr(c."id", 7)::int % 4) * interval '1 day'
    FROM "Complaint" c
    WHERE c."trackingCode" LIKE 'BNC-%' AND c."status" IN ('DISPOSED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "FollowUp" ("id", "complaintId", "agencyId", "body", "isInternal", "createdAt")
    SELECT c."id" || '-a', c."id", c."agencyId", 'Sudah kami tinjau dan akan diperbaiki.', false,
           c."submittedAt" + (3 + substr(c."id", 7)::int % 21) * interval '1 day'
    FROM "Complaint" c
    WHERE c."trackingCode" LIKE 'BNC-%' AND c."status" IN ('IN_PROGRESS', 'RESOLVED', 'CLOSED')`);
  // The workflow keeps the first of each on the complaint as it writes them; here, from the rows.
  await prisma.$executeRawUnsafe(`
    UPDATE "Complaint" c SET "verifiedAt" = c."submittedAt" + (1 + substr(c."id", 7)::int % 4) * interval '1 day'
    WHERE c."trackingCode" LIKE 'BNC-%' AND c."status" IN ('VERIFIED', 'DISPOSED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'NOT_OUR_AUTHORITY')`);
  await prisma.$executeRawUnsafe(`
    UPDATE "Complaint" c SET "disposedAt" = c."submittedAt" + (2 + substr(c."id", 7)::int % 4) * interval '1 day'
    WHERE c."trackingCode" LIKE 'BNC-%' AND c."status" IN ('DISPOSED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')`);
  await prisma.$executeRawUnsafe(`
    UPDATE "Complaint" c SET "firstAnswerAt" = c."submittedAt" + (3 + substr(c."id", 7)::int % 21) * interval '1 day'
    WHERE c."trackingCode" LIKE 'BNC-%' AND c."status" IN ('IN_PROGRESS', 'RESOLVED', 'CLOSED')`);
  await prisma.$executeRawUnsafe(`ANALYZE "Complaint"`);
  await prisma.$executeRawUnsafe(`ANALYZE "TimelineEvent"`);
  await prisma.$executeRawUnsafe(`ANALYZE "FollowUp"`);
  console.log(`seeded ${count.toLocaleString("en")} complaints in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

