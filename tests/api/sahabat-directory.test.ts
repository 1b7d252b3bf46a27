// the sahabat directory per kecamatan through GraphQL: anyone may read it, it shows
// only what a sahabat published and only for the kecamatan they serve, and only a sahabat edits
// their own profile.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SOMBA_OPU = "73.06.08";
const BONTOMARANNU = "73.06.06";
const BUNGAYA = "73.06.09";

const DISTRICTS = `{ sahabatDistricts { code name sahabatCount } }`;
const DIRECTORY = `query($d: String!) { sahabatDirectory(districtCode: $d) { code name sahabat { id name phone place hours } } }`;
const PROFILE = `{ sahabatProfile { published saved displayName phone place hours districts { code name } } }`;
const SAVE = `mutation($i: SaveSahabatProfileInput!) { saveSahabatProfile(input: $i) { ok errors { field code message } } }`;

async function sahabat(email: string, regionCodes: string[]) {
  await server.db.prisma.user.create({
    data: {
      name: `Akun ${email}`,
      email,
      phone: `+62812${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`,
      passwordHash: await hashPassword("kata sandi uji"),
      roles: { create: regionCodes.map((regionCode) => ({ role: "SAHABAT" as const, regionCode })) },
    },
  });
  return server.signedIn(email, { password: "kata sandi uji" });
}

const directory = async (code: string) => (await server.client().request(DIRECTORY, { d: code })).data.sahabatDirectory;
const count = async (code: string) =>
  (await server.client().request(DISTRICTS)).data.sahabatDistricts.find((d: { code: string }) => d.code === code)?.sahabatCount;

describe("the directory", () => {
  it("lists the kecamatan of the regency by name, for anyone, with the demo sahabat in two of them", async () => {
    const res = await server.client().request(DISTRICTS);
    expect(res.errors).toBeUndefined();
    const districts = res.data.sahabatDistricts as { code: string; name: string; sahabatCount: number }[];
    expect(districts.length).toBe(18);
    expect(districts.map((d) => d.name)).toEqual([...districts.map((d) => d.name)].sort((a, b) => a.localeCompare(b)));
    expect(districts.find((d) => d.code === SOMBA_OPU)).toMatchObject({ name: "Somba Opu", sahabatCount: 1 });
    expect(districts.find((d) => d.code === BONTOMARANNU)?.sahabatCount).toBe(1);
  });

  it("shows a published sahabat's chosen name, place and times, never the account's e-mail or phone", async () => {
    const entry = await directory(SOMBA_OPU);
    expect(entry).toMatchObject({ code: SOMBA_OPU, name: "Somba Opu" });
    expect(entry.sahabat).toEqual([
      { id: expect.any(String), name: "Nurhayati Daeng Baji", phone: null, place: "Kantor camat, meja layanan warga", hours: "Senin sampai Kamis, pukul 08.00–12.00 WITA" },
    ]);
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "sahabat@demo.suara.id" } });
    expect(JSON.stringify(entry)).not.toContain("sahabat@demo.suara.id");
    expect(JSON.stringify(entry)).not.toContain(user.id);
  });

  it("answers null for a code that is not a kecamatan of this regency", async () => {
    for (const code of ["73.06", "73.06.08.2001", "73.71.01", "bukan kode"]) expect(await directory(code)).toBeNull();
  });

  it("shows nothing of a sahabat until they publish, and nothing again once they hide it", async () => {
    const before = await count(BUNGAYA);
    const baru = await sahabat("baru@uji.suara.id", [BUNGAYA]);
    expect((await baru.request(PROFILE)).data.sahabatProfile).toEqual({
      published: false,
      saved: false,
      displayName: "Akun baru@uji.suara.id",
      phone: null,
      place: "",
      hours: "",
      districts: [{ code: BUNGAYA, name: "Bungaya" }],
    });
    // Saved but not published: still not listed.
    const draft = await baru.request(SAVE, { i: { published: false, displayName: "Daeng Baru", phone: "0813 1111 2222" } });
    expect(draft.data.saveSahabatProfile).toEqual({ ok: true, errors: [] });
    expect((await directory(BUNGAYA)).sahabat.map((s: { name: string }) => s.name)).not.toContain("Daeng Baru");
    expect(await count(BUNGAYA)).toBe(before);

    await baru.request(SAVE, { i: { published: true, displayName: "Daeng Baru", phone: "0813 1111 2222", place: "", hours: "Sore hari" } });
    expect((await directory(BUNGAYA)).sahabat).toContainEqual({ id: expect.any(String), name: "Daeng Baru", phone: "+6281311112222", place: "", hours: "Sore hari" });
    expect(await count(BUNGAYA)).toBe(before + 1);
    // Not on the page of a kecamatan they do not serve.
    expect((await directory(SOMBA_OPU)).sahabat.map((s: { name: string }) => s.name)).not.toContain("Daeng Baru");

    await baru.request(SAVE, { i: { published: false, displayName: "Daeng Baru", phone: "0813 1111 2222" } });
    expect((await directory(BUNGAYA)).sahabat.map((s: { name: string }) => s.name)).not.toContain("Daeng Baru");
  });

  it("lists a sahabat scoped to the whole regency on every kecamatan's page", async () => {
    const luas = await sahabat("luas@uji.suara.id", ["73.06"]);
    await luas.request(SAVE, { i: { published: true, displayName: "Sahabat Kabupaten", place: "Kantor bupati" } });
    for (const code of [SOMBA_OPU, BUNGAYA]) {
      expect((await directory(code)).sahabat.map((s: { name: string }) => s.name)).toContain("Sahabat Kabupaten");
    }
    expect((await luas.request(PROFILE)).data.sahabatProfile.districts).toHaveLength(18);
  });

  it("drops a sahabat whose account is disabled or whose role was taken away", async () => {
    const pergi = await sahabat("pergi@uji.suara.id", [BONTOMARANNU]);
    await pergi.request(SAVE, { i: { published: true, displayName: "Akan Pergi", place: "Balai desa" } });
    const names = async () => (await directory(BONTOMARANNU)).sahabat.map((s: { name: string }) => s.name);
    expect(await names()).toContain("Akan Pergi");
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "pergi@uji.suara.id" } });
    await server.db.prisma.userRole.deleteMany({ where: { userId: user.id } });
    expect(await names()).not.toContain("Akan Pergi");
    await server.db.prisma.userRole.create({ data: { userId: user.id, role: "SAHABAT", regionCode: BONTOMARANNU } });
    expect(await names()).toContain("Akan Pergi");
    await server.db.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await names()).not.toContain("Akan Pergi");
  });
});

describe("a sahabat's own profile", () => {
  it("is refused to a visitor and to anyone but a sahabat", async () => {
    const visitor = await server.client().request(PROFILE);
    expect(visitor.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    for (const email of ["warga@demo.suara.id", "verifikator@demo.suara.id", "admin@demo.suara.id"]) {
      const client = await server.signedIn(email);
      const read = await client.request(PROFILE);
      expect(read.errors?.[0]?.extensions?.code, email).toBe("FORBIDDEN");
      const write = await client.request(SAVE, { i: { published: true, displayName: "Bukan Sahabat", place: "Di mana saja" } });
      expect(write.errors?.[0]?.extensions?.code, email).toBe("FORBIDDEN");
    }
  });

  it("says what to fix, in the person's language, and keeps what was saved before", async () => {
    const cek = await sahabat("cek@uji.suara.id", [BUNGAYA]);
    await cek.request(SAVE, { i: { published: true, displayName: "Cek Dulu", place: "Pasar" } });
    const en = await server.signedIn("cek@uji.suara.id", { password: "kata sandi uji", locale: "en" });
    const res = await en.request(SAVE, { i: { published: true, displayName: " ", phone: "12ab", place: "p".repeat(201) } });
    expect(res.data.saveSahabatProfile).toEqual({
      ok: false,
      errors: [
        { field: "place", code: "too_long", message: "The place can be at most 200 characters. It is 201 now" },
        { field: "phone", code: "invalid_phone", message: "Enter a real phone number, like 0812 3456 7890" },
        { field: "displayName", code: "required", message: "Enter the name residents will see" },
      ],
    });
    const none = await cek.request(SAVE, { i: { published: true, displayName: "Cek Dulu", phone: "", place: " " } });
    expect(none.data.saveSahabatProfile.errors).toEqual([
      { field: "phone", code: "contact_required", message: "Tulis nomor HP atau tempat warga bisa menemui Anda" },
    ]);
    expect((await cek.request(PROFILE)).data.sahabatProfile).toMatchObject({ published: true, saved: true, displayName: "Cek Dulu", place: "Pasar" });
  });

  it("is audited, each save, with what was shown but not the values", async () => {
    const audited = await sahabat("audit@uji.suara.id", [BUNGAYA]);
    await audited.request(SAVE, { i: { published: true, displayName: "Diaudit", phone: "0813 5555 6666" } });
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "audit@uji.suara.id" } });
    const entry = await server.db.prisma.auditLog.findFirstOrThrow({ where: { actorId: user.id, action: "sahabat.profile.save" } });
    expect(entry.data).toEqual({ published: true, phone: true, place: false, hours: false });
  });
});
