// Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) as Suara speaks it: the paths and
// their format suffix, the two statuses the spec knows, the fields a client sends mapped to a
// filing and a filing's field issues mapped back to the client's parameter names, the request
// filters, and times in ISO 8601 with Suara's offset (WITA, +08:00). Pure.
import type { Status } from "../complaint/status.ts";
import type { SubmissionInput } from "../complaint/submission.ts";

export type Format = "json" | "xml";
export type Endpoint =
  | { kind: "discovery" }
  | { kind: "services" }
  | { kind: "service"; code: string }
  | { kind: "requests" }
  | { kind: "request"; id: string }
  | { kind: "token"; token: string };

/** The path below /open311/v2/ with its format suffix: `requests/GWA-7K3P-9Q.json`. Null: no such path. */
export function parsePath(rest: string): { endpoint: Endpoint; format: Format } | { endpoint: null; format: Format } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return { endpoint: null, format: "json" };
  }
  const suffix = /^(.*)\.(json|xml)$/.exec(decoded);
  // Without a suffix the answer is JSON (and the path is unknown): the error still needs a format.
  if (!suffix) return { endpoint: null, format: "json" };
  const [, path, format] = suffix as unknown as [string, string, Format];
  const parts = path.split("/");
  const one = (s: string | undefined) => (s && s.length <= 100 && /^[A-Za-z0-9_.-]+$/.test(s) ? s : null);
  if (parts.length === 1) {
    if (path === "discovery") return { endpoint: { kind: "discovery" }, format };
    if (path === "services") return { endpoint: { kind: "services" }, format };
    if (path === "requests") return { endpoint: { kind: "requests" }, format };
  }
  if (parts.length === 2) {
    const value = one(parts[1]);
    if (value && parts[0] === "services") return { endpoint: { kind: "service", code: value }, format };
    if (value && parts[0] === "requests") return { endpoint: { kind: "request", id: value }, format };
    if (value && parts[0] === "tokens") return { endpoint: { kind: "token", token: value }, format };
  }
  return { endpoint: null, format };
}

/** The spec's two statuses. Resolved counts as closed: the agency has answered it. */
const OPEN311_STATUS: Record<Status, "open" | "closed"> = {
  SUBMITTED: "open",
  VERIFIED: "open",
  DISPOSED: "open",
  IN_PROGRESS: "open",
  POSTPONED: "open",
  RESOLVED: "closed",
  CLOSED: "closed",
  OUT_OF_SCOPE: "closed",
  NOT_OUR_AUTHORITY: "closed",
  REJECTED: "closed",
  ARCHIVED: "closed",
};

export function open311Status(status: Status): "open" | "closed" {
  return OPEN311_STATUS[status];
}

/** Suara's statuses behind each of the spec's (for the `status` filter). */
export function statusesFor(wanted: ReadonlyArray<"open" | "closed">): Status[] {
  return (Object.keys(OPEN311_STATUS) as Status[]).filter((s) => wanted.includes(OPEN311_STATUS[s]));
}

/** A short title from the description: its first line, cut at a word to at most TITLE_MAX characters. */
export const TITLE_MAX = 80;
export function titleFrom(description: string): string {
  const line = description.replace(/\r\n?/g, "\n").trim().split("\n")[0]!.replace(/\s+/g, " ").trim();
  if (line.length <= TITLE_MAX) return line;
  const cut = line.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space >= 20 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}

/** An instant in ISO 8601 at the given offset: 2026-12-06T10:00:00+08:00. */
export function isoAt(instant: Date, offsetMinutes: number): string {
  const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** A client's form or JSON body, flattened: `attribute[kecamatan]` and `{attribute: {kecamatan}}` alike. */
export type Params = Record<string, string>;

export const PRIVACY_VALUES = ["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"] as const;

/** What a POST asks to file, in Suara's terms (category by the service's slug, looked up by the caller). */
export function submissionFrom(params: Params, categoryId: string | null): SubmissionInput {
  const text = (name: string) => (params[name]?.trim() ? params[name]! : null);
  const description = text("description");
  const name = [text("first_name"), text("last_name")].filter(Boolean).join(" ").trim();
  const place = [text("address_string"), text("address_id")].filter(Boolean).join(", ");
  return {
    kind: "PENGADUAN",
    title: description ? titleFrom(description) : null,
    story: description,
    districtCode: text("attribute[kecamatan]"),
    villageCode: text("attribute[desa]"),
    landmark: place || null,
    categoryId,
    // The client's choice; CONFIDENTIAL when absent (the strictest, as on the web's default).
    privacy: text("attribute[privacy]")?.toUpperCase() ?? "CONFIDENTIAL",
    reporterName: name || null,
    reporterPhone: text("phone"),
    reporterEmail: text("email"),
    latitude: text("lat"),
    longitude: text("long"),
    contactPreference: null,
  };
}

/** Suara's field names as the client's parameters, for its error descriptions. */
const PARAMETER: Record<string, string> = {
  title: "description",
  story: "description",
  districtCode: "attribute[kecamatan]",
  villageCode: "attribute[desa]",
  categoryId: "service_code",
  landmark: "address_string",
  privacy: "attribute[privacy]",
  reporterName: "first_name",
  reporterPhone: "phone",
  reporterEmail: "email",
  latitude: "lat",
  longitude: "long",
  clientRequestId: "attribute[client_request_id]",
  contactPreference: "phone",
};

export function parameterOf(field: string): string {
  return PARAMETER[field] ?? field;
}

/** The `requests` filters, checked: each value wrong is named (a 400), never ignored silently. */
export type RequestFilter = {
  ids: string[] | null;
  serviceCode: string | null;
  start: Date;
  end: Date;
  statuses: Array<"open" | "closed"> | null;
};

/** The spec's default window and cap: the last 90 days, at most 1,000 requests. */
export const DEFAULT_WINDOW_DAYS = 90;
export const MAX_REQUESTS = 1000;

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function parseInstant(value: string, offsetMinutes: number): Date | null {
  if (!ISO_8601.test(value)) return null;
  // A date or a time without an offset is Suara's local time (WITA).
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(value) && value.includes("T");
  const local = value.includes("T") ? value : `${value}T00:00:00`;
  const date = new Date(hasZone ? value : `${local}Z`);
  if (Number.isNaN(date.getTime())) return null;
  return hasZone ? date : new Date(date.getTime() - offsetMinutes * 60_000);
}

export function parseRequestFilter(
  params: Params,
  now: Date,
  offsetMinutes: number,
): { ok: true; filter: RequestFilter } | { ok: false; parameter: string } {
  const list = (v: string | undefined) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const ids = list(params.service_request_id);
  if (ids.length > MAX_REQUESTS || ids.some((id) => id.length > 40)) return { ok: false, parameter: "service_request_id" };
  const serviceCode = params.service_code?.trim() || null;
  if (serviceCode && serviceCode.length > 100) return { ok: false, parameter: "service_code" };
  const statuses = list(params.status).map((s) => s.toLowerCase());
  if (statuses.some((s) => s !== "open" && s !== "closed")) return { ok: false, parameter: "status" };
  const end = params.end_date?.trim() ? parseInstant(params.end_date.trim(), offsetMinutes) : now;
  if (!end) return { ok: false, parameter: "end_date" };
  const start = params.start_date?.trim()
    ? parseInstant(params.start_date.trim(), offsetMinutes)
    : new Date(end.getTime() - DEFAULT_WINDOW_DAYS * 86_400_000);
  if (!start || start > end) return { ok: false, parameter: "start_date" };
  return {
    ok: true,
    filter: {
      ids: ids.length ? ids : null,
      serviceCode,
      start,
      end,
      statuses: statuses.length ? (statuses as Array<"open" | "closed">) : null,
    },
  };
}

/** The address a request shows: the landmark, the desa and the kecamatan, most precise first. */
export function addressOf(parts: { landmark: string | null; villageName: string | null; districtName: string | null }): string | null {
  const joined = [parts.landmark, parts.villageName, parts.districtName ? `Kecamatan ${parts.districtName}` : null]
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(", ");
  return joined || null;
}

/** The fields of one request in `requests` and `requests/{id}`, in the spec's order. */
export const REQUEST_FIELDS = [
  "service_request_id",
  "status",
  "status_notes",
  "service_name",
  "service_code",
  "description",
  "agency_responsible",
  "service_notice",
  "requested_datetime",
  "updated_datetime",
  "expected_datetime",
  "address",
  "address_id",
  "zipcode",
  "lat",
  "long",
  "media_url",
] as const;
export type RequestItem = Record<(typeof REQUEST_FIELDS)[number], string | number | null>;
