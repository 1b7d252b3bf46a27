// Open311 GeoReport v2: the client applications (administrators issue and revoke their API keys,
// audited), the services (categories), a filing through submitComplaint with the client's own
// budget, and the public requests: exactly what the public list may show (publicListCondition),
// each read with the public's access (versionFor), never a reporter's name or contact.
import { createHash, createHmac, randomBytes } from "node:crypto";
import type { Context } from "../../context.ts";
import { currentDeadline } from "../../domain/complaint/deadline.ts";
import { DEADLINES } from "../../domain/calendar/working-days.ts";
import type { Status } from "../../domain/complaint/status.ts";
import { normalizeTrackingCode } from "../../domain/complaint/tracking-code.ts";
import {
  addressOf,
  isoAt,
  MAX_REQUESTS,
  open311Status,
  type Params,
  type RequestFilter,
  type RequestItem,
  statusesFor,
  submissionFrom,
} from "../../domain/open311/georeport.ts";
import { arePhotosPublic, photoFileOf, textOf } from "../../domain/privacy/privacy.ts";
import type { FieldIssue } from "../../domain/shared/field-issue.ts";
import { Prisma, type Open311Client } from "../../generated/prisma/client.ts";
import { translate } from "../../i18n/messages.ts";
import { audit } from "./audit.ts";
import { loadCalendar } from "./calendar.ts";
import { versionFor } from "./complaint-access.ts";
import { submitComplaint } from "./filing.ts";
import { photoUrls } from "./photo-urls.ts";
import { publicListCondition } from "./public-list.ts";

const HOUR_MS = 3_600_000;
export const PER_HOUR_MAX = 10_000;
export const CLIENT_NAME_MAX = 100;

const keyHash = (key: string) => createHash("sha256").update(key).digest("hex");

/** Both languages in one sentence: an API client's developer and its users read either. */
export function bilingual(key: string, params: Record<string, string | number> = {}): string {
  const id = translate("id", key, params);
  const en = translate("en", key, params);
  return id === en ? id : `${id} / ${en}`;
}

// ───────────────────────────── client applications ─────────────────────────────

export type IssueResult = { ok: true; client: Open311Client; key: string } | { ok: false; issues: FieldIssue[] };

/** Issues a key for a client application: the key is returned this once; only its hash is kept. */
export async function issueOpen311Key(ctx: Context, input: { name: string; perHour: number }): Promise<IssueResult> {
  const name = input.name.replace(/\s+/g, " ").trim();
  const issues: FieldIssue[] = [];
  if (!name) issues.push({ field: "clientName", code: "required" });
  else if (name.length > CLIENT_NAME_MAX) issues.push({ field: "clientName", code: "too_long", params: { max: CLIENT_NAME_MAX, length: name.length } });
  if (!Number.isInteger(input.perHour) || input.perHour < 1 || input.perHour > PER_HOUR_MAX) {
    issues.push({ field: "perHour", code: "invalid_choice", params: { max: PER_HOUR_MAX } });
  }
  if (issues.length) return { ok: false, issues };
  const key = `o311_${randomBytes(24).toString("base64url")}`;
  const actorId = ctx.viewer!.user.id;
  const client = await ctx.prisma.$transaction(async (tx) => {
    const created = await tx.open311Client.create({
      data: { name, keyHash: keyHash(key), keyHint: key.slice(-4), perHour: input.perHour, createdById: actorId, createdAt: ctx.deps.now() },
    });
    await audit(tx, { actorId, action: "admin.open311.issue", entityType: "Open311Client", entityId: created.id, data: { name, perHour: input.perHour, keyHint: created.keyHint } });
    return created;
  });
  return { ok: true, client, key };
}

/** Revokes a key: from now on its requests are refused (403). Revoking twice changes nothing. */
export async function revokeOpen311Key(ctx: Context, id: string): Promise<Open311Client | null> {
  const existing = await ctx.prisma.open311Client.findUnique({ where: { id } });
  if (!existing) return null;
  if (existing.revokedAt) return existing;
  const actorId = ctx.viewer!.user.id;
  return ctx.prisma.$transaction(async (tx) => {
    const revoked = await tx.open311Client.update({ where: { id }, data: { revokedAt: ctx.deps.now(), revokedById: actorId } });
    await audit(tx, { actorId, action: "admin.open311.revoke", entityType: "Open311Client", entityId: id, data: { name: existing.name, keyHint: existing.keyHint } });
    return revoked;
  });
}

/** `query`: what the GraphQL selection needs loaded with them (counts). */
export function listOpen311Clients<Q extends { include?: Prisma.Open311ClientInclude; select?: Prisma.Open311ClientSelect }>(ctx: Context, query: Q = {} as Q) {
  return ctx.prisma.open311Client.findMany({ ...query, orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }] });
}

/** The client application a key belongs to, if the key is valid and not revoked. */
export async function clientForKey(ctx: Context, key: string | undefined): Promise<Open311Client | null> {
  if (!key || key.length > 200) return null;
  const client = await ctx.prisma.open311Client.findUnique({ where: { keyHash: keyHash(key) } });
  return client && !client.revokedAt ? client : null;
}

// ───────────────────────────── services ─────────────────────────────

export type Service = { service_code: string; service_name: string; description: string; metadata: boolean; type: "realtime"; keywords: string; group: string };

export async function listServices(ctx: Context): Promise<Service[]> {
  const categories = await ctx.prisma.category.findMany({ where: { active: true }, orderBy: [{ sortOrder: "asc" }, { nameId: "asc" }] });
  return categories.map((c) => ({
    service_code: c.slug,
    service_name: c.nameId,
    description: [c.hintId, c.hintEn].filter(Boolean).join(" / ") || c.nameEn,
    // Every service asks for the kecamatan (and lets the client choose the privacy): see services/{code}.
    metadata: true,
    type: "realtime",
    keywords: [c.nameEn, ...c.slug.split("-")].join(", "),
    group: bilingual("open311.group"),
  }));
}

export type Attribute = {
  variable: true;
  code: string;
  datatype: "string" | "singlevaluelist";
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values: { key: string; name: string }[];
};

/** A service's definition: the kecamatan (required), the desa, the privacy and a retry id (optional). */
export async function serviceDefinition(ctx: Context, code: string): Promise<{ service_code: string; attributes: Attribute[] } | null> {
  const category = await ctx.prisma.category.findFirst({ where: { slug: code, active: true }, select: { slug: true } });
  if (!category) return null;
  const districts = await ctx.prisma.region.findMany({
    where: { level: "DISTRICT", parentCode: ctx.deps.regencyCode },
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
  const attribute = (order: number, code: string, datatype: Attribute["datatype"], required: boolean, values: Attribute["values"] = []): Attribute => ({
    variable: true,
    code,
    datatype,
    required,
    datatype_description: datatype === "string" ? bilingual(`open311.attr.${code}.format`) : "",
    order,
    description: bilingual(`open311.attr.${code}`),
    values,
  });
  return {
    service_code: category.slug,
    attributes: [
      attribute(1, "kecamatan", "singlevaluelist", true, districts.map((d) => ({ key: d.code, name: d.name }))),
      attribute(2, "desa", "string", false),
      attribute(3, "privacy", "singlevaluelist", false, ["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"].map((p) => ({ key: p, name: bilingual(`open311.privacy.${p}`) }))),
      attribute(4, "client_request_id", "string", false),
    ],
  };
}

// ───────────────────────────── filing ─────────────────────────────

export type FileResult =
  | { ok: true; serviceRequestId: string; token: string; notice: string }
  | { ok: false; status: 400 | 404 | 429; issues: FieldIssue[] };

/** The token a client follows a request with until it is public: derived, so a retried POST gets the same one. */
function tokenFor(ctx: Context, complaintId: string): string {
  return createHmac("sha256", ctx.deps.secretKey).update(`open311-token:${complaintId}`).digest("base64url").slice(0, 32);
}

/** Files a request for a client application: the web's filing, with the channel OPEN311 and the key's own budget. */
export async function fileOpen311Request(ctx: Context, client: Open311Client, params: Params): Promise<FileResult> {
  const code = params.service_code?.trim();
  if (!code) return { ok: false, status: 400, issues: [{ field: "categoryId", code: "required" }] };
  const category = code.length <= 100 ? await ctx.prisma.category.findFirst({ where: { slug: code, active: true }, select: { id: true } }) : null;
  if (!category) return { ok: false, status: 404, issues: [{ field: "categoryId", code: "invalid_choice" }] };
  const retry = params["attribute[client_request_id]"]?.trim();
  const input = {
    ...submissionFrom(params, category.id),
    // Per client application, so two clients' ids never meet; bounded so the stored id fits.
    clientRequestId: retry ? `open311:${client.id}:${createHash("sha256").update(retry).digest("base64url").slice(0, 32)}` : null,
  };
  const result = await submitComplaint(ctx, input, {
    channel: "OPEN311",
    clientId: client.id,
    limit: { limit: client.perHour, windowMs: HOUR_MS },
    audit: { open311Client: client.id },
  });
  if (!result.ok) {
    // The kecamatan, the description and the rest are checked as on the web (validateSubmission).
    const limited = result.issues.filter((i) => i.code === "too_many_filings");
    return limited.length ? { ok: false, status: 429, issues: limited } : { ok: false, status: 400, issues: result.issues };
  }
  const complaint = result.complaint;
  const token = tokenFor(ctx, complaint.id);
  if (!complaint.open311TokenHash) {
    await ctx.prisma.complaint.update({ where: { id: complaint.id }, data: { open311ClientId: client.id, open311TokenHash: keyHash(token) } });
  }
  return { ok: true, serviceRequestId: complaint.trackingCode, token, notice: bilingual("open311.notice.filed", { code: complaint.trackingCode, days: DEADLINES.verify }) };
}

/** `tokens/{token}`: the request's id, whatever its privacy (the token is the client's own proof). */
export async function requestForToken(ctx: Context, token: string): Promise<{ service_request_id: string; token: string } | null> {
  const complaint = await ctx.prisma.complaint.findUnique({ where: { open311TokenHash: keyHash(token) }, select: { trackingCode: true } });
  return complaint ? { service_request_id: complaint.trackingCode, token } : null;
}

// ───────────────────────────── requests ─────────────────────────────

const REQUEST_INCLUDE = {
  district: { select: { name: true } },
  village: { select: { name: true } },
  category: { select: { slug: true, nameId: true } },
  agency: { select: { name: true } },
  attachments: { where: { purpose: "EVIDENCE" }, orderBy: { createdAt: "asc" } },
  // The last change anyone may see (a staff note's time is not the public's to know).
  timeline: { where: { visibility: "PUBLIC" }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
} as const satisfies Prisma.ComplaintInclude;

type Loaded = Prisma.ComplaintGetPayload<{ include: typeof REQUEST_INCLUDE }>;

/** One request as GeoReport v2 shows it, read with the public's access; null when the public may not read it. */
async function itemOf(ctx: Context, c: Loaded, base: string, offsetMinutes: number): Promise<RequestItem | null> {
  const version = await versionFor(ctx, c);
  const text = version === "PUBLIC" ? textOf(version, c) : null;
  if (!text || c.isSandbox) return null;
  const status = c.status as Status;
  const photo = arePhotosPublic(c) ? c.attachments.find((p) => photoFileOf("PUBLIC", p) !== null) : undefined;
  const deadline = currentDeadline(c);
  return {
    service_request_id: c.trackingCode,
    status: open311Status(status),
    status_notes: bilingual(`status.${status}`),
    service_name: c.category?.nameId ?? null,
    service_code: c.category?.slug ?? null,
    description: text.story,
    agency_responsible: c.agency?.name ?? null,
    service_notice: null,
    requested_datetime: isoAt(c.submittedAt, offsetMinutes),
    updated_datetime: isoAt(c.timeline[0]?.createdAt ?? c.submittedAt, offsetMinutes),
    expected_datetime: deadline && deadline.kind !== "autoClose" ? isoAt(deadline.dueAt, offsetMinutes) : null,
    address: addressOf({ landmark: c.landmark, villageName: c.village?.name ?? null, districtName: c.district.name }),
    address_id: null,
    zipcode: null,
    lat: c.latitude,
    long: c.longitude,
    media_url: photo ? `${base}${photoUrls(ctx, photo.id, "public").url}` : null,
  };
}

/** `requests`: public complaints only (the public list's own condition), newest first, at most 1,000. */
export async function listRequests(ctx: Context, filter: RequestFilter, base: string): Promise<RequestItem[]> {
  const parts: Prisma.Sql[] = [publicListCondition()];
  if (filter.ids) {
    // The spec: a list of ids overrides every other filter.
    const codes = filter.ids.map((id) => normalizeTrackingCode(id)).filter((c): c is string => c !== null);
    if (codes.length === 0) return [];
    parts.push(Prisma.sql`c."trackingCode" IN (${Prisma.join(codes)})`);
  } else {
    parts.push(Prisma.sql`c."submittedAt" >= ${filter.start} AND c."submittedAt" <= ${filter.end}`);
    if (filter.serviceCode) parts.push(Prisma.sql`c."categoryId" IN (SELECT "id" FROM "Category" WHERE "slug" = ${filter.serviceCode})`);
    if (filter.statuses) {
      parts.push(Prisma.sql`c."status" IN (${Prisma.join(statusesFor(filter.statuses).map((s) => Prisma.sql`${s}::"ComplaintStatus"`))})`);
    }
  }
  const ids = await ctx.prisma.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Complaint" c WHERE ${Prisma.join(parts, " AND ")}
    ORDER BY c."submittedAt" DESC, c."id" DESC LIMIT ${MAX_REQUESTS}`;
  return itemsOf(ctx, ids.map((r) => r.id), base);
}

async function itemsOf(ctx: Context, ids: string[], base: string): Promise<RequestItem[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.prisma.complaint.findMany({ where: { id: { in: ids } }, include: REQUEST_INCLUDE });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const calendar = await loadCalendar(ctx.prisma, ctx.deps.now().getTime());
  const items: RequestItem[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    const item = row ? await itemOf(ctx, row, base, calendar.utcOffsetMinutes) : null;
    if (item) items.push(item);
  }
  return items;
}

/** `requests/{id}`: one request, when the public may read it (the public list's rule); null otherwise. */
export async function findRequest(ctx: Context, id: string, base: string): Promise<RequestItem | null> {
  const items = await listRequests(ctx, { ids: [id], serviceCode: null, start: new Date(0), end: new Date(0), statuses: null }, base);
  return items[0] ?? null;
}
