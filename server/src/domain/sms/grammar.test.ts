import { describe, expect, it } from "vitest";
import { dropWords, parseSms, readCodeAndPin, smsTitle, smsWords } from "./grammar.ts";

import { makeTrackingCode } from "../complaint/tracking-code.ts";

let seed = 7;
const CODE = makeTrackingCode("GWA", (n) => (seed = (seed * 31 + 11) % 997) % n);
const COMPACT = CODE.replace(/-/g, "");

describe("parseSms: keywords in any case, spacing and separator", () => {
  it.each([
    ["LAPOR Somba Opu jalan rusak", { type: "file", kind: "PENGADUAN", rest: "Somba Opu jalan rusak", locale: "id" }],
    ["lapor somba opu jalan rusak", { type: "file", kind: "PENGADUAN", rest: "somba opu jalan rusak", locale: "id" }],
    ["  Lapor#Somba Opu#jalan rusak", { type: "file", kind: "PENGADUAN", rest: "Somba Opu#jalan rusak", locale: "id" }],
    ["LAPOR.SOMBAOPU.jalan rusak", { type: "file", kind: "PENGADUAN", rest: "SOMBAOPU.jalan rusak", locale: "id" }],
    ["LAPOR:  Pallangga, lampu mati", { type: "file", kind: "PENGADUAN", rest: "Pallangga, lampu mati", locale: "id" }],
    ["LAPORPALLANGGA lampu mati", { type: "file", kind: "PENGADUAN", rest: "PALLANGGA lampu mati", locale: "id" }],
    ["LAPR Pallangga lampu mati", { type: "file", kind: "PENGADUAN", rest: "Pallangga lampu mati", locale: "id" }],
    ["ASPIRASI Bajeng taman baca", { type: "file", kind: "ASPIRASI", rest: "Bajeng taman baca", locale: "id" }],
    ["INFO Parigi jadwal posyandu", { type: "file", kind: "PERMINTAAN_INFORMASI", rest: "Parigi jadwal posyandu", locale: "id" }],
    ["informasi Parigi jadwal", { type: "file", kind: "PERMINTAAN_INFORMASI", rest: "Parigi jadwal", locale: "id" }],
    ["REPORT Somba Opu broken road", { type: "file", kind: "PENGADUAN", rest: "Somba Opu broken road", locale: "en" }],
    ["bantuan", { type: "help", locale: "id" }],
    ["BANTUN", { type: "help", locale: "id" }],
    ["help", { type: "help", locale: "en" }],
    ["STOP", { type: "stop", locale: "id" }],
    ["stop.", { type: "stop", locale: "id" }],
    ["Berhenti", { type: "stop", locale: "id" }],
    ["MULAI", { type: "start", locale: "id" }],
    ["start", { type: "start", locale: "en" }],
    ["2", { type: "choice", number: 2 }],
    [" 12. ", { type: "choice", number: 12 }],
    ["Somba Opu", { type: "other", text: "Somba Opu" }],
    ["halo pak", { type: "other", text: "halo pak" }],
    ["", { type: "other", text: "" }],
    ["CE GWA", { type: "other", text: "CE GWA" }],
  ])("%j", (text, expected) => {
    expect(parseSms(text)).toEqual(expected);
  });

  it("does not read a short word one letter off as a keyword (CEK, INFO stay exact)", () => {
    expect(parseSms("CEX GWA").type).toBe("other");
    expect(parseSms("INFA Parigi").type).toBe("other");
  });
});

describe("CEK and the privacy keywords read a code and a PIN however they are written", () => {
  it.each([
    `CEK ${CODE} ABCD-EFGH`,
    `cek ${COMPACT.slice(0, 3)} ${COMPACT.slice(3, 7)} ${COMPACT.slice(7)} abcd efgh`.toLowerCase(),
    `CEK#${COMPACT}#ABCDEFGH`,
    `CEK${COMPACT} ABCDEFGH terima kasih`,
  ])("%j", (text) => {
    const parsed = parseSms(text);
    expect(parsed.type).toBe("check");
    if (parsed.type !== "check") return;
    expect(parsed.code).toBe(CODE);
    expect(parsed.pin).toBe("ABCD-EFGH");
  });

  it("a code without a PIN, and a wrong-shaped code", () => {
    expect(readCodeAndPin(CODE)).toEqual({ code: CODE, pin: null });
    expect(readCodeAndPin("halo").code).toBeNull();
  });

  it.each([
    ["PUBLIK", "PUBLIC"],
    ["anonim", "ANONYMOUS"],
    ["RAHASIA", "CONFIDENTIAL"],
    ["PUBLIC", "PUBLIC"],
    ["CONFIDENTIAL", "CONFIDENTIAL"],
  ])("%s → %s", (word, privacy) => {
    const parsed = parseSms(`${word} ${CODE} ABCD-EFGH`);
    expect(parsed).toMatchObject({ type: "privacy", privacy });
  });
});

describe("smsWords", () => {
  it("splits on spaces and separators, keeping hyphenated words", () => {
    expect(smsWords("Somba  Opu#jalan,rusak.  RT-02")).toEqual(["Somba", "Opu", "jalan", "rusak", "RT-02"]);
  });
});

describe("dropWords and smsTitle", () => {
  it.each([
    ["Somba Opu jalan rusak", 2, "jalan rusak"],
    ["SOMBAOPU#jalan rusak.", 1, "jalan rusak."],
    ["Pallangga, lampu mati", 1, "lampu mati"],
    ["Parigi", 1, ""],
  ])("dropWords(%j, %i) → %j", (text, n, expected) => {
    expect(dropWords(text, n)).toBe(expected);
  });

  it.each([
    ["jalan rusak di depan pasar", "jalan rusak di depan pasar"],
    ["jalan berlubang besar di depan pasar sentral sungguminasa sejak bulan lalu, motor sering jatuh", "jalan berlubang besar di depan pasar sentral sungguminasa"],
    ["lampu jalan mati.", "lampu jalan mati"],
    ["a".repeat(80), "a".repeat(60)],
  ])("smsTitle(%j) → %j", (story, title) => {
    expect(smsTitle(story)).toBe(title);
  });
});
