// Open311 GeoReport v2 at /open311/v2/: every endpoint in JSON and XML against the spec's field
// lists, the spec's errors (no key, a bad or revoked key, a missing attribute, an unknown service,
// over the key's limit), a retried POST stored once, a complaint filed through the door in the
// verifier's queue and its status changes in requests/{id}, and privacy: a CONFIDENTIAL request
// only through its token, an ANONYMOUS one never with a name, practice complaints never.
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUEST_FIELDS } from "../../server/src/domain/open311/georeport.ts";
import { demoEmail } from "../support/demo.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let now = new Date("2026-12-01T02:00:00Z");
let server: TestServer;
let admin: GqlClient;
let verifier: GqlClient;
let key: string;

const xml = new XMLParser({
  parseTagValue: false,
  isArray: (name) => ["request", "service", "error", "attribute", "value", "endpoint", "format"].includes(name),
});

type Answer = { status: number; type: string; body: any; text: string };

async function call(path: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(`${server.url}/open311/v2/${path}`, init);
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  return { status: res.status, type, text, body: type.startsWith("text/xml") ? xml.parse(text) : JSON.parse(text) };
}

const get = (path: string) => call(path);
const post = (format: "json" | "xml", params: Record<string, string>) =>
  call(`requests.${format}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(params).toString() });

const ISSUE = `mutation($n: String!, $p: Int!) { issueOpen311Key(name: $n, perHour: $p) { key client { id keyHint perHour } errors { field code message } } }`;

async function issue(name: string, perHour = 100): Promise<{ key: string; id: string }> {
  const res = await admin.request(ISSUE, { n: name, p: perHour });
  return { key: res.data.issueOpen311Key.key, id: res.data.issueOpen311Key.client.id };
}

const filing = (extra: Record<string, string> = {}) => ({
  api_key: key,
  service_code: "jalan-jembatan",
  description: "Jalan poros Sungguminasa berlubang dalam di depan pasar. Motor sering jatuh saat hujan.",
  "attribute[kecamatan]": "73.06.08",
  ...extra,
});

const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field code } complaint { status } } }`;

beforeAll(async () => {
  server = await startTestServer({ now: () => now });
  admin = await server.signedIn(demoEmail.admin);
  verifier = await server.signedIn(demoEmail.verifier);
  key = (await issue("Aplikasi Kabupaten")).key;
});
afterAll(() => server?.close());

describe("discovery and services", () => {
  it("discovery, in JSON and XML", async () => {
    const json = await get("discovery.json");
    expect(json.status).toBe(200);
    expect(json.type).toBe("application/json; charset=utf-8");
    expect(Object.keys(json.body).sort()).toEqual(["changeset", "contact", "endpoints", "key_service"]);
    expect(json.body.endpoints).toEqual([
      { specification: "http://wiki.open311.org/GeoReport_v2", url: `${server.url}/open311/v2`, changeset: json.body.changeset, type: "production", formats: ["application/json", "text/xml"] },
    ]);
    const x = await get("discovery.xml");
    expect(x.type).toBe("text/xml; charset=utf-8");
    expect(x.text.startsWith('<?xml version="1.0" encoding="utf-8"?><discovery>')).toBe(true);
    expect(x.body.discovery.endpoints.endpoint[0]).toMatchObject({ specification: "http://wiki.open311.org/GeoReport_v2", type: "production", formats: { format: ["application/json", "text/xml"] } });
  });

  it("services: the categories with the spec's fields, each asking for more (metadata)", async () => {
    const fields = ["description", "group", "keywords", "metadata", "service_code", "service_name", "type"];
    const json = await get("services.json");
    expect(json.status).toBe(200);
    expect(json.body.length).toBeGreaterThan(3);
    for (const service of json.body) expect(Object.keys(service).sort()).toEqual(fields);
    expect(json.body).toContainEqual(expect.objectContaining({ service_code: "jalan-jembatan", metadata: true, type: "realtime" }));
    const x = await get("services.xml");
    expect(x.body.services.service).toHaveLength(json.body.length);
    for (const service of x.body.services.service) expect(Object.keys(service).sort()).toEqual(fields);
    expect(x.body.services.service.find((s: { service_code: string }) => s.service_code === "jalan-jembatan").metadata).toBe("true");
  });

  it("services/{code}: the kecamatan (a list of the regency's), the desa, the privacy and a retry id", async () => {
    const attributeFields = ["code", "datatype", "datatype_description", "description", "order", "required", "values", "variable"];
    const json = await get("services/jalan-jembatan.json");
    expect(json.status).toBe(200);
    expect(json.body.service_code).toBe("jalan-jembatan");
    expect(json.body.attributes.map((a: { code: string; datatype: string; required: boolean }) => [a.code, a.datatype, a.required])).toEqual([
      ["kecamatan", "singlevaluelist", true],
      ["desa", "string", false],
      ["privacy", "singlevaluelist", false],
      ["client_request_id", "string", false],
    ]);
    for (const a of json.body.attributes) expect(Object.keys(a).sort()).toEqual(attributeFields);
    expect(json.body.attributes[0].values).toContainEqual({ key: "73.06.08", name: "Somba Opu" });
    expect(json.body.attributes[2].values.map((v: { key: string }) => v.key)).toEqual(["PUBLIC", "ANONYMOUS", "CONFIDENTIAL"]);
    const x = await get("services/jalan-jembatan.xml");
    const attributes = x.body.service_definition.attributes.attribute;
    expect(attributes.map((a: { code: string }) => a.code)).toEqual(["kecamatan", "desa", "privacy", "client_request_id"]);
    expect(attributes[0].values.value).toContainEqual({ key: "73.06.08", name: "Somba Opu" });
  });

  it("an unknown service or path: 404 in the spec's error list, in either format", async () => {
    const json = await get("services/tidak-ada.json");
    expect(json.status).toBe(404);
    expect(json.body).toEqual([{ code: 404, description: expect.stringContaining("service_code") }]);
    const x = await get("services/tidak-ada.xml");
    expect(x.status).toBe(404);
    expect(x.body.errors.error).toEqual([{ code: "404", description: expect.stringContaining("service_code") }]);
    expect((await get("lainnya.json")).status).toBe(404);
    expect((await get("services")).body[0].code).toBe(404);
  });
});

describe("POST requests", () => {
  it("refuses a request with no key, a wrong key or a revoked key (403)", async () => {
    const { api_key: _none, ...noKey } = filing();
    const missing = await post("json", noKey);
    expect(missing.status).toBe(403);
    expect(missing.body).toEqual([{ code: 403, description: expect.stringContaining("api_key was not provided or is invalid") }]);
    expect((await post("xml", filing({ api_key: "o311_salah" }))).body.errors.error[0].code).toBe("403");
    const revoked = await issue("Aplikasi lama");
    const res = await admin.request(`mutation($id: ID!) { revokeOpen311Key(id: $id) { revokedAt } }`, { id: revoked.id });
    expect(res.data.revokeOpen311Key.revokedAt).toBeTruthy();
    expect((await post("json", filing({ api_key: revoked.key }))).status).toBe(403);
    const entries = await server.db.prisma.auditLog.findMany({ where: { entityId: revoked.id }, orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => e.action)).toEqual(["admin.open311.issue", "admin.open311.revoke"]);
  });

  it("names a missing kecamatan or description, an unknown desa or privacy (400), an unknown service (404)", async () => {
    const noPlace = await post("json", filing({ "attribute[kecamatan]": "" }));
    expect(noPlace.status).toBe(400);
    expect(noPlace.body).toEqual([{ code: 400, description: "attribute[kecamatan]: Pilih kecamatan tempat kejadian / Choose the kecamatan where it happened" }]);
    const noStory = await post("xml", filing({ description: " " }));
    expect(noStory.status).toBe(400);
    expect(noStory.body.errors.error.map((e: { description: string }) => e.description.split(":")[0])).toContain("description");
    const wrong = await post("json", filing({ "attribute[privacy]": "RAHASIA" }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.map((e: { description: string }) => e.description.split(":")[0])).toEqual(["attribute[privacy]"]);
    const desa = await post("json", filing({ "attribute[desa]": "73.06.01.2001" }));
    expect(desa.body.map((e: { description: string }) => e.description.split(":")[0])).toEqual(["attribute[desa]"]);
    const place = await post("json", filing({ "attribute[kecamatan]": "99.99" }));
    expect(place.body.map((e: { description: string }) => e.description.split(":")[0])).toEqual(["attribute[kecamatan]"]);
    const unknown = await post("json", filing({ service_code: "tidak-ada" }));
    expect(unknown.status).toBe(404);
    expect((await post("json", filing({ service_code: "" }))).status).toBe(400);
    // The key only counts in the body (a query string ends up in access logs).
    const { api_key: _k, ...rest } = filing();
    const inQuery = await call(`requests.json?api_key=${encodeURIComponent(key)}`, {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(rest).toString(),
    });
    expect(inQuery.status).toBe(403);
  });

  it("files a CONFIDENTIAL request by default: the token finds its id; requests never show it", async () => {
    const filed = await post("json", filing({ "attribute[client_request_id]": "app-1" }));
    expect(filed.status).toBe(200);
    expect(filed.body).toEqual([{ service_request_id: expect.stringMatching(/^GWA-/), token: expect.any(String), service_notice: expect.stringContaining("Laporan diterima"), account_id: null }]);
    const [{ service_request_id: id, token }] = filed.body;
    // A retry of the same request (the answer was lost): stored once, the same id and token.
    const again = await post("xml", filing({ "attribute[client_request_id]": "app-1" }));
    expect(again.status).toBe(200);
    expect(again.body.service_requests.request[0]).toMatchObject({ service_request_id: id, token });
    expect(await server.db.prisma.complaint.count({ where: { trackingCode: id } })).toBe(1);
    const row = await server.db.prisma.complaint.findUniqueOrThrow({ where: { trackingCode: id } });
    expect(row).toMatchObject({ channel: "OPEN311", privacy: "CONFIDENTIAL", districtCode: "73.06.08", title: "Jalan poros Sungguminasa berlubang dalam di depan pasar. Motor sering jatuh…" });
    expect(row.title.length).toBeLessThanOrEqual(80);

    expect((await get(`tokens/${token}.json`)).body).toEqual([{ service_request_id: id, token }]);
    expect((await get(`tokens/${token}.xml`)).body.service_requests.request).toEqual([{ service_request_id: id, token }]);
    expect((await get("tokens/tidakadatoken.json")).status).toBe(404);

    // Verified, it is still confidential: never in requests.
    await verifier.request(ACT, { i: { complaintId: row.id, action: "verify" } });
    expect((await get(`requests/${id}.json`)).status).toBe(404);
    expect((await get(`requests.json?service_request_id=${id}`)).body).toEqual([]);
    expect(JSON.stringify((await get("requests.json")).body)).not.toContain(id);
  });

  it("refuses past the key's own hourly limit (429), and other keys still file", async () => {
    const small = await issue("Aplikasi kecil", 2);
    expect((await post("json", filing({ api_key: small.key }))).status).toBe(200);
    expect((await post("json", filing({ api_key: small.key }))).status).toBe(200);
    const over = await post("json", filing({ api_key: small.key }));
    expect(over.status).toBe(429);
    expect(over.body).toEqual([{ code: 429, description: expect.stringContaining("Batas laporan per jam") }]);
    expect((await post("json", filing())).status).toBe(200);
  });

  it("takes JSON bodies too, and refuses a body past the cap", async () => {
    const res = await call("requests.json", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...filing(), "attribute[kecamatan]": undefined, attribute: { kecamatan: "73.06.06", privacy: "PUBLIC" } }),
    });
    expect(res.status).toBe(200);
    const row = await server.db.prisma.complaint.findUniqueOrThrow({ where: { trackingCode: res.body[0].service_request_id } });
    expect(row).toMatchObject({ districtCode: "73.06.06", privacy: "PUBLIC" });
    const big = await call("requests.json", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "x=" + "a".repeat(70_000) });
    expect(big.status).toBe(413);
  });
});

describe("a complaint filed through Open311, handled by staff", () => {
  let id: string;
  let complaintId: string;

  it("reaches the verifier's queue with the channel OPEN311, and is not public until verified", async () => {
    const filed = await post("json", filing({
      "attribute[privacy]": "PUBLIC", "attribute[desa]": "",
      first_name: "Daeng", last_name: "Tompo", phone: "0812 1111 2222", email: "tompo@contoh.id",
      lat: "-5.2", long: "119.45", address_string: "Depan Pasar Sentral",
    }));
    expect(filed.status).toBe(200);
    id = filed.body[0].service_request_id;
    const queue = await verifier.request(`{ queue(first: 50) { edges { node { id trackingCode reporterName status } } } }`);
    const node = queue.data.queue.edges.map((e: { node: any }) => e.node).find((n: { trackingCode: string }) => n.trackingCode === id);
    expect(node).toMatchObject({ reporterName: "Daeng Tompo", status: "SUBMITTED" });
    complaintId = node.id;
    const row = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: complaintId } });
    expect(row).toMatchObject({ channel: "OPEN311", reporterPhone: "+6281211112222", reporterEmail: "tompo@contoh.id", contactPreference: "SMS", latitude: -5.2, longitude: 119.45, landmark: "Depan Pasar Sentral" });
    const submitted = await server.db.prisma.auditLog.findFirstOrThrow({ where: { entityId: complaintId, action: "complaint.submit" } });
    expect(submitted.data).toMatchObject({ channel: "OPEN311", open311Client: expect.any(String) });
    expect((await get(`requests/${id}.json`)).status).toBe(404);
  });

  it("shows each status change in requests/{id}, with exactly the spec's fields, in JSON and XML", async () => {
    await verifier.request(ACT, { i: { complaintId, action: "verify" } });
    const verified = await get(`requests/${id}.json`);
    expect(verified.status).toBe(200);
    expect(verified.body).toHaveLength(1);
    const item = verified.body[0];
    expect(Object.keys(item)).toEqual([...REQUEST_FIELDS]);
    expect(item).toMatchObject({
      service_request_id: id,
      status: "open",
      status_notes: "Sudah diverifikasi / Verified",
      service_code: "jalan-jembatan",
      description: expect.stringContaining("Jalan poros Sungguminasa"),
      agency_responsible: null,
      requested_datetime: "2026-12-01T10:00:00+08:00",
      expected_datetime: expect.stringMatching(/^2026-12-0\dT23:59:59\+08:00$/),
      address: "Depan Pasar Sentral, Kecamatan Somba Opu",
      address_id: null,
      zipcode: null,
      lat: -5.2,
      long: 119.45,
      media_url: null,
    });
    // Never the reporter's name or contact.
    expect(verified.text).not.toMatch(/Tompo|1111|tompo@/);
    const x = await get(`requests/${id}.xml`);
    expect(Object.keys(x.body.service_requests.request[0])).toEqual([...REQUEST_FIELDS]);
    expect(x.body.service_requests.request[0]).toMatchObject({ service_request_id: id, status: "open", lat: "-5.2", address_id: "" });

    const agencies: { id: string; shortName: string }[] = (await verifier.request(`{ agencies { id shortName } }`)).data.agencies;
    const pupr = agencies.find((a) => a.shortName.includes("PUPR"))!.id;
    now = new Date("2026-12-02T02:00:00Z");
    await verifier.request(ACT, { i: { complaintId, action: "dispose", agencyId: pupr } });
    const disposed = (await get(`requests/${id}.json`)).body[0];
    expect(disposed).toMatchObject({ status: "open", agency_responsible: expect.stringContaining("Dinas Pekerjaan Umum dan Penataan Ruang"), updated_datetime: "2026-12-02T10:00:00+08:00" });
    const officer = await server.signedIn(demoEmail.agency);
    await officer.request(ACT, { i: { complaintId, action: "resolve", body: "Lubang sudah ditambal." } });
    const resolved = (await get(`requests/${id}.json`)).body[0];
    expect(resolved).toMatchObject({ status: "closed", expected_datetime: null });
  });

  it("lists it in requests with the standard filters", async () => {
    const codes = async (q: string) => ((await get(`requests.json?${q}`)).body as { service_request_id: string }[]).map((r) => r.service_request_id);
    expect(await codes("")).toContain(id);
    expect(await codes("status=closed")).toContain(id);
    expect(await codes("status=open")).not.toContain(id);
    expect(await codes("service_code=jalan-jembatan")).toContain(id);
    expect(await codes("service_code=air-bersih")).not.toContain(id);
    expect(await codes("start_date=2026-12-02")).not.toContain(id);
    expect(await codes("start_date=2026-11-30T00:00:00%2B08:00&end_date=2026-12-01T12:00:00Z")).toContain(id);
    expect(await codes(`service_request_id=${id},GWA-XXXX-XX&status=open`)).toEqual([id]);
    const x = await get("requests.xml?status=closed");
    for (const r of x.body.service_requests.request) expect(Object.keys(r)).toEqual([...REQUEST_FIELDS]);
    const bad = await get("requests.json?status=selesai");
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual([{ code: 400, description: expect.stringContaining("status") }]);
    expect((await get("requests.xml?start_date=kemarin")).body.errors.error[0].code).toBe("400");
  });

  it("an ANONYMOUS request never carries the name; a practice complaint never shows", async () => {
    const filed = await post("json", filing({ "attribute[privacy]": "ANONYMOUS", first_name: "Karaeng", last_name: "Rahasia" }));
    const anonId = filed.body[0].service_request_id;
    const row = await server.db.prisma.complaint.findUniqueOrThrow({ where: { trackingCode: anonId } });
    await verifier.request(ACT, { i: { complaintId: row.id, action: "verify" } });
    const shown = await get(`requests/${anonId}.json`);
    expect(shown.status).toBe(200);
    expect(shown.text).not.toContain("Karaeng");
    expect((await get(`requests/${anonId}.xml`)).text).not.toContain("Karaeng");
    // The same complaint as practice (LATIHAN): never in the door.
    await server.db.prisma.complaint.update({ where: { id: row.id }, data: { isSandbox: true } });
    expect((await get(`requests/${anonId}.json`)).status).toBe(404);
    expect(JSON.stringify((await get("requests.json")).body)).not.toContain(anonId);
  });
});

describe("the administrator's keys", () => {
  it("only administrators issue, list and revoke keys; the key is shown once, its hint after", async () => {
    const res = await admin.request(ISSUE, { n: "  ", p: 0 });
    expect(res.data.issueOpen311Key.errors.map((e: { field: string }) => e.field)).toEqual(["clientName", "perHour"]);
    const list = await admin.request(`{ open311Clients { name keyHint perHour revokedAt filedCount } }`);
    expect(list.data.open311Clients).toContainEqual({ name: "Aplikasi Kabupaten", keyHint: key.slice(-4), perHour: 100, revokedAt: null, filedCount: expect.any(Number) });
    expect(JSON.stringify(list.data)).not.toContain(key);
    for (const other of [verifier, server.client()]) {
      expect((await other.request(ISSUE, { n: "X", p: 5 })).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect((await other.request(`{ open311Clients { id } }`)).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
  });
});
