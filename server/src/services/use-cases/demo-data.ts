// Demo complaints for a fresh demo installation, filed through the same service as any
// resident's, so `npm start` shows a living service. Created once (when there are none).
import type { Deps } from "../../context.ts";
import { createContext } from "../../context.ts";
import type { Context } from "../../context.ts";
import sharp from "sharp";
import { storePhoto } from "./attachments.ts";
import { discardDraft, saveDraftAnswers } from "./drafts.ts";
import { type Door, saveDraftStep, submitComplaint, submitDraft } from "./filing.ts";
import { createWorkshop, joinWorkshop } from "./workshops.ts";
import { act, type ActionInput } from "./workflow.ts";

type DemoComplaint = {
  daysAgo: number;
  category: string;
  byDemoResident?: boolean;
  /** Came in by SMS or from another application (Open311), so staff pages and the figures show channels. */
  door?: "SMS" | "OPEN311";
  input: {
    kind: string;
    title: string;
    story: string;
    districtCode: string;
    privacy: string;
    showReporterName?: boolean;
    reporterName?: string;
    landmark?: string;
    incidentDaysAgo?: number;
  };
};

const COMPLAINTS: DemoComplaint[] = [
  {
    daysAgo: 4,
    category: "jalan-jembatan",
    input: {
      kind: "PENGADUAN",
      title: "Jalan poros Malino berlubang dekat pasar",
      story:
        "Ada lubang besar di jalan poros Malino, kira-kira seratus meter sebelum pasar. Sudah dua pengendara motor jatuh minggu ini, apalagi kalau hujan lubangnya tertutup air.",
      districtCode: "73.06.04",
      landmark: "Seratus meter sebelum Pasar Malino, arah dari Makassar",
      privacy: "PUBLIC",
      showReporterName: true,
      reporterName: "Daeng Tompo",
      incidentDaysAgo: 7,
    },
  },
  {
    daysAgo: 2,
    category: "air-bersih",
    door: "SMS",
    input: {
      kind: "PENGADUAN",
      title: "Air PDAM tidak mengalir tiga hari",
      story:
        "Sejak hari Senin air dari PDAM tidak mengalir di rumah kami dan tetangga satu lorong. Kami sudah menelepon kantor cabang tetapi belum ada petugas yang datang.",
      districtCode: "73.06.08",
      landmark: "Lorong di belakang masjid raya",
      privacy: "ANONYMOUS",
      incidentDaysAgo: 3,
    },
  },
  {
    daysAgo: 1,
    category: "listrik-lampu-jalan",
    input: {
      kind: "ASPIRASI",
      title: "Mohon lampu jalan menuju sekolah dasar",
      story:
        "Anak-anak pulang mengaji lewat jalan ini sesudah magrib dan jalannya gelap sekali. Kami mohon dipasang dua atau tiga lampu jalan.",
      districtCode: "73.06.06",
      privacy: "PUBLIC",
      reporterName: "Ibu Hasnah",
    },
  },
  {
    daysAgo: 1,
    category: "permintaan-informasi",
    door: "OPEN311",
    input: {
      kind: "PERMINTAAN_INFORMASI",
      title: "Jadwal penyaluran bantuan sosial tahun ini",
      story:
        "Saya ingin tahu jadwal penyaluran bantuan sosial di kecamatan kami tahun ini dan syarat untuk keluarga yang baru pindah.",
      districtCode: "73.06.07",
      privacy: "PUBLIC",
    },
  },
  {
    daysAgo: 0,
    category: "perilaku-asn-pungli",
    input: {
      kind: "PENGADUAN",
      title: "Diminta uang saat mengurus KTP elektronik",
      story:
        "Waktu mengurus KTP elektronik saya diminta membayar supaya cepat selesai. Saya tidak berani menolak. Saya mohon identitas saya dirahasiakan.",
      districtCode: "73.06.02",
      privacy: "CONFIDENTIAL",
      reporterName: "Pelapor rahasia",
    },
  },
  {
    // Two weeks without a check (working days, whatever the holidays): overdue at the verifier,
    // so the queue and the sahabat's dashboard of Somba Opu show what overdue looks like.
    daysAgo: 14,
    category: "banjir-bencana",
    input: {
      kind: "PENGADUAN",
      title: "Jalan lingkungan tergenang setiap hujan",
      story: "Setiap hujan deras jalan lingkungan di kampung kami tergenang sampai selutut. Anak-anak tidak bisa berangkat sekolah.",
      districtCode: "73.06.08",
      privacy: "PUBLIC",
      incidentDaysAgo: 1,
    },
  },
  {
    daysAgo: 0,
    category: "sampah-lingkungan",
    byDemoResident: true,
    input: {
      kind: "PENGADUAN",
      title: "Sampah menumpuk di saluran air",
      story: "Saluran air di depan rumah tersumbat sampah dan airnya meluap ke jalan setiap hujan.",
      districtCode: "73.06.08",
      privacy: "PUBLIC",
    },
  },
];

const DAY_MS = 86_400_000;

/**
 * Complaints the demo sahabat filed for residents (channel ASSISTED, with each resident's
 * consent), one at each stage of handling: sent, checked, passed to Dinas PUPR, being worked on,
 * answered. Each step is taken by the demo verifier or officer through the workflow, `daysAgo`
 * days back, so the sahabat's queue and the residents' histories read as they would.
 */
type AssistedDemo = {
  daysAgo: number;
  category: string;
  input: { title: string; story: string; districtCode: string; privacy: string; reporterName: string; reporterPhone?: string; consentMethod: string; consentNote?: string };
  /** The sahabat photographed the slip the resident signed or thumbprinted. */
  slip?: boolean;
  steps: { daysAgo: number; by: "verifier" | "officer"; action: ActionInput }[];
};

const ANSWERED_BY_PUPR = "Petugas Dinas PUPR sudah menimbun dan mengaspal lubang itu. Terima kasih atas laporannya.";

const ASSISTED: AssistedDemo[] = [
  {
    daysAgo: 0,
    category: "air-bersih",
    input: {
      title: "Sumur umum dusun keruh sejak seminggu",
      story: "Air sumur umum di dusun kami keruh dan berbau sejak seminggu. Anak-anak mulai gatal-gatal setelah mandi.",
      districtCode: "73.06.08",
      privacy: "ANONYMOUS",
      reporterName: "Ibu Hasnah",
      consentMethod: "SPOKEN",
    },
    steps: [],
  },
  {
    daysAgo: 3,
    category: "layanan-kesehatan",
    input: {
      title: "Puskesmas pembantu sering tutup siang hari",
      story: "Puskesmas pembantu di desa kami sering sudah tutup pukul sebelas siang, padahal warga datang dari kebun sesudah itu.",
      districtCode: "73.06.06",
      privacy: "PUBLIC",
      reporterName: "Daeng Sikki",
      consentMethod: "THUMBPRINT",
      consentNote: "Cap jempol di lembar persetujuan, difoto",
    },
    slip: true,
    steps: [{ daysAgo: 2, by: "verifier", action: { action: "verify" } }],
  },
  {
    daysAgo: 6,
    category: "jalan-jembatan",
    input: {
      title: "Jembatan kayu di dusun mulai lapuk",
      story: "Papan jembatan kayu penghubung dua dusun sudah lapuk dan dua papan patah. Anak sekolah melintas setiap pagi.",
      districtCode: "73.06.08",
      privacy: "PUBLIC",
      reporterName: "Pak Baso",
      consentMethod: "SPOKEN",
    },
    steps: [
      { daysAgo: 5, by: "verifier", action: { action: "verify" } },
      { daysAgo: 4, by: "verifier", action: { action: "dispose", agencyId: "pupr" } },
    ],
  },
  {
    daysAgo: 9,
    category: "jalan-jembatan",
    input: {
      title: "Saluran air tertutup tanah longsor",
      story: "Tanah longsor menutup saluran air di pinggir jalan desa. Setiap hujan air meluap ke rumah warga.",
      districtCode: "73.06.06",
      privacy: "CONFIDENTIAL",
      reporterName: "Ibu Rahmatia",
      consentMethod: "SIGN_LANGUAGE",
    },
    steps: [
      { daysAgo: 8, by: "verifier", action: { action: "verify" } },
      { daysAgo: 7, by: "verifier", action: { action: "dispose", agencyId: "pupr" } },
      { daysAgo: 5, by: "officer", action: { action: "postFollowUp", body: "Petugas kami akan meninjau lokasi minggu ini bersama pemerintah desa." } },
    ],
  },
  {
    daysAgo: 12,
    category: "jalan-jembatan",
    input: {
      title: "Lubang besar di depan sekolah dasar",
      story: "Ada lubang besar di jalan tepat di depan gerbang sekolah dasar. Anak-anak harus berjalan memutar ke tengah jalan.",
      districtCode: "73.06.08",
      privacy: "PUBLIC",
      reporterName: "Pak Rudi",
      consentMethod: "WRITTEN",
      consentNote: "Surat persetujuan ditandatangani, difoto",
    },
    slip: true,
    steps: [
      { daysAgo: 11, by: "verifier", action: { action: "verify" } },
      { daysAgo: 10, by: "verifier", action: { action: "dispose", agencyId: "pupr" } },
      { daysAgo: 8, by: "officer", action: { action: "resolve", body: ANSWERED_BY_PUPR } },
    ],
  },
];

/** A context for a seed step at `at`, acting as the demo account with that e-mail (or nobody). */
async function seedContext(deps: Deps, at: Date, email: string | null): Promise<Context> {
  const ctx = await createContext({ ...deps, now: () => at }, { headers: {} });
  if (!email) return ctx;
  const user = await deps.db.prisma.user.findUnique({ where: { email }, include: { roles: true } });
  if (user) {
    ctx.viewer = {
      sessionId: "demo-seed",
      secondFactorAt: null,
      user: { id: user.id, name: user.name, email: user.email, locale: user.locale },
      roles: user.roles.map((r) => ({ role: r.role, regionCode: r.regionCode, agencyId: r.agencyId })),
    };
  }
  return ctx;
}

/** A picture of a consent slip: a sheet with lines of writing, a signature and a thumbprint. */
function slipPicture(): Promise<Buffer> {
  const lines = [60, 90, 120, 150, 180].map((y) => `<rect x="30" y="${y}" width="${y === 180 ? 160 : 260}" height="6" fill="#8a8576"/>`).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="420">
    <rect width="320" height="420" fill="#5b5347"/><rect x="12" y="12" width="296" height="396" fill="#f4efe1"/>
    <rect x="30" y="30" width="180" height="12" fill="#3b372f"/>${lines}
    <path d="M40 320 q20 -40 40 0 t40 0 t40 -10" stroke="#1d3b8a" stroke-width="4" fill="none"/>
    <ellipse cx="250" cy="320" rx="24" ry="32" fill="#5e2a6e" opacity="0.6"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

/** The slip's photo on a draft of the sahabat's, as the consent step uploads it: the draft, and the photo's id. */
async function uploadSlip(ctx: Context): Promise<{ draftId: string; photoIds: string[] }> {
  const draft = await saveDraftAnswers(ctx, "persetujuan", { assisted: true });
  const stored = await storePhoto(ctx, draft, { fileName: "slip-persetujuan.jpg", bytes: await slipPicture(), purpose: "CONSENT_SLIP" });
  return { draftId: draft.id, photoIds: stored.ok ? [stored.attachment.id] : [] };
}

async function seedAssisted(deps: Deps, categories: Map<string, string>): Promise<number> {
  const pupr = await deps.db.prisma.agency.findFirst({ where: { slug: "dinas-pupr", isSandbox: false }, select: { id: true } });
  const accounts = { verifier: "verifikator@demo.suara.id", officer: "petugas.pupr@demo.suara.id" };
  let created = 0;
  for (const demo of ASSISTED) {
    const at = new Date(deps.now().getTime() - demo.daysAgo * DAY_MS);
    const ctx = await seedContext(deps, at, "sahabat@demo.suara.id");
    if (!ctx.viewer) return created;
    const slip = demo.slip ? await uploadSlip(ctx) : null;
    const result = await submitComplaint(ctx, {
      kind: "PENGADUAN",
      ...demo.input,
      categoryId: categories.get(demo.category) ?? null,
      assisted: true,
      consentReadBack: true,
      attachmentIds: slip?.photoIds ?? [],
    });
    // The draft the slip was uploaded to has done its work.
    if (slip) await discardDraft(ctx, slip.draftId);
    if (!result.ok) {
      console.warn("[demo] assisted complaint not created", demo.input.title, result.issues);
      continue;
    }
    created++;
    for (const step of demo.steps) {
      const stepCtx = await seedContext(deps, new Date(deps.now().getTime() - step.daysAgo * DAY_MS), accounts[step.by]);
      const action = step.action.agencyId === "pupr" ? { ...step.action, agencyId: pupr?.id ?? null } : step.action;
      const done = await act(stepCtx, { complaintId: result.complaint.id }, action);
      if (!done.ok) {
        console.warn("[demo] step not taken", demo.input.title, step.action.action, done.issues);
        break;
      }
    }
  }
  return created;
}

/** Ready answers for Dinas PUPR, so an officer can try "use template" on a fresh demo. */
const PUPR_TEMPLATES = [
  {
    title: "Laporan diterima, petugas akan meninjau",
    body:
      "Terima kasih atas laporan Anda. Laporan sudah kami terima dan petugas Dinas PUPR akan meninjau lokasi dalam 5 hari kerja. Kami akan mengabarkan hasilnya di sini.",
  },
  {
    title: "Perbaikan dijadwalkan",
    body:
      "Terima kasih sudah menunggu. Petugas kami sudah meninjau lokasi. Perbaikan dijadwalkan minggu depan. Mohon berhati-hati saat melintas sampai perbaikan selesai.",
  },
  {
    title: "Perbaikan selesai",
    body:
      "Perbaikan sudah selesai dikerjakan. Terima kasih atas laporan Anda. Jika masih ada masalah di lokasi yang sama, balas pesan ini atau buka kembali laporan.",
  },
];

async function seedDemoTemplates(prisma: Deps["db"]["prisma"]): Promise<void> {
  const pupr = await prisma.agency.findFirst({ where: { slug: "dinas-pupr", isSandbox: false }, select: { id: true } });
  if (!pupr) return;
  await prisma.responseTemplate.createMany({
    data: PUPR_TEMPLATES.map((t) => ({ ...t, agencyId: pupr.id })),
    skipDuplicates: true,
  });
}

/** One practice step of a demo participant: the step's answers and the fields it checks. */
type PracticeStep = { step: string; answers: Record<string, unknown>; check: string[] };

const PRACTICE: Record<string, PracticeStep> = {
  jenis: { step: "jenis", answers: { kind: "PENGADUAN" }, check: ["kind"] },
  kejadian: {
    step: "kejadian",
    answers: { title: "Lampu jalan mati di depan posyandu", story: "Sudah seminggu lampu jalan di depan posyandu mati, ibu-ibu pulang dalam gelap." },
    check: ["title", "story"],
  },
  kejadianEmpty: { step: "kejadian", answers: { title: "", story: "Lampu jalan mati." }, check: ["title", "story"] },
  waktu: { step: "waktu", answers: { incidentDate: null }, check: [] },
  lokasi: { step: "lokasi", answers: { districtCode: "73.06.08", landmark: "Depan posyandu" }, check: ["districtCode", "villageCode", "landmark"] },
  kategori: { step: "kategori", answers: {}, check: [] },
  instansi: { step: "instansi", answers: {}, check: [] },
  foto: { step: "foto", answers: {}, check: [] },
  privasi: { step: "privasi", answers: { privacy: "PUBLIC", showReporterName: false }, check: ["privacy"] },
  kabar: { step: "kabar", answers: { contactPreference: "NONE" }, check: ["contactPreference"] },
};

/** The demo room: who got how far (the last one files; one is stuck on an empty title). */
const DEMO_PARTICIPANTS: { name: string | null; steps: (keyof typeof PRACTICE)[]; file?: boolean }[] = [
  { name: "Ibu Hasnah", steps: ["jenis", "kejadian", "waktu", "lokasi"] },
  { name: null, steps: ["jenis", "kejadianEmpty"] },
  { name: "Daeng Ngai", steps: ["jenis"] },
  { name: null, steps: [] },
  { name: "Kak Rini", steps: ["jenis", "kejadian", "waktu", "lokasi", "kategori", "instansi", "foto", "privasi", "kabar"], file: true },
];

/**
 * One workshop in progress for the demo trainer in Kecamatan Somba Opu, with five participants
 * at various steps, one stuck on an error and one finished with a practice complaint, all made
 * through the same services as a real room. Created once (when the trainer has no workshop).
 */
export async function seedDemoWorkshop(deps: Deps): Promise<boolean> {
  const trainerCtx = await seedContext(deps, new Date(deps.now().getTime() - 40 * 60_000), "pelatih@demo.suara.id");
  if (!trainerCtx.viewer) return false;
  if ((await deps.db.prisma.workshop.count({ where: { trainerId: trainerCtx.viewer.user.id } })) > 0) return false;
  const today = new Date(trainerCtx.deps.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const created = await createWorkshop(trainerCtx, { title: "Belajar melapor bersama PKK Somba Opu", date: today, districtCode: "73.06.08", locale: "id" });
  if (!created.ok) {
    console.warn("[demo] workshop not created", created.issues);
    return false;
  }
  for (const [i, person] of DEMO_PARTICIPANTS.entries()) {
    const ctx = await seedContext(deps, new Date(deps.now().getTime() - (30 - i * 5) * 60_000), null);
    const joined = await joinWorkshop(ctx, { code: created.workshop.joinCode, displayName: person.name });
    if (!joined.ok) {
      console.warn("[demo] participant not joined", joined.issues);
      continue;
    }
    for (const name of person.steps) {
      const step = PRACTICE[name]!;
      await saveDraftStep(ctx, step.step, step.answers, step.check);
    }
    if (person.file) {
      const filed = await submitDraft(ctx, null);
      if (!filed.ok) console.warn("[demo] practice complaint not filed", filed.issues);
    }
  }
  return true;
}

/** The demo's other doors: the SMS gateway, and one client application with room for the demo's filings. */
function doorOf(door: DemoComplaint["door"]): Door | null {
  if (door === "SMS") return { channel: "SMS" };
  if (door === "OPEN311") return { channel: "OPEN311", clientId: "demo", limit: { limit: 100, windowMs: DAY_MS } };
  return null;
}

export async function seedDemoComplaints(deps: Deps): Promise<number> {
  const prisma = deps.db.prisma;
  // The demo room is independent of the complaints (an older demo installation gets it too).
  await seedDemoWorkshop(deps);
  if ((await prisma.complaint.count({ where: { isSandbox: false } })) > 0) return 0;
  await seedDemoTemplates(prisma);
  const categories = new Map(
    (await prisma.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]),
  );
  let created = 0;
  for (const demo of COMPLAINTS) {
    const at = new Date(deps.now().getTime() - demo.daysAgo * DAY_MS);
    const ctx = await seedContext(deps, at, demo.byDemoResident ? "warga@demo.suara.id" : null);
    const { incidentDaysAgo, ...input } = demo.input;
    const incidentDate =
      incidentDaysAgo === undefined ? null : new Date(at.getTime() - incidentDaysAgo * DAY_MS).toISOString().slice(0, 10);
    const result = await submitComplaint(ctx, { ...input, incidentDate, categoryId: categories.get(demo.category) ?? null }, doorOf(demo.door));
    if (result.ok) created++;
    else console.warn("[demo] complaint not created", demo.input.title, result.issues);
  }
  return created + (await seedAssisted(deps, categories));
}
