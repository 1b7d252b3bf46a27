import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { COMPRESS_FROM_BYTES, encodeAnswer } from "./graphql-http.ts";

const long = JSON.stringify({ data: { rows: Array.from({ length: 40 }, (_, i) => ({ title: `Jalan berlubang ${i}`, status: "VERIFIED" })) } });
const short = JSON.stringify({ data: { region: { code: "73" } } });

describe("encodeAnswer", () => {
  it("leaves an answer shorter than the threshold as it is, whatever the client takes", () => {
    expect(Buffer.byteLength(short)).toBeLessThan(COMPRESS_FROM_BYTES);
    expect(encodeAnswer("br, gzip", short)).toEqual({ body: Buffer.from(short), encoding: null });
  });

  it.each([
    ["gzip, deflate, br", "br"],
    ["gzip, deflate", "gzip"],
    ["gzip;q=1, br;q=0.5", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["*", "br"],
    ["deflate", null],
    ["identity", null],
    ["gzip;q=0, br;q=0", null],
    ["", null],
    [undefined, null],
  ] as const)("Accept-Encoding %j → %s, and the body decodes to the answer", (accept, encoding) => {
    const answer = encodeAnswer(accept, long);
    expect(answer.encoding).toBe(encoding);
    const decoded = encoding === "br" ? brotliDecompressSync(answer.body) : encoding === "gzip" ? gunzipSync(answer.body) : answer.body;
    expect(decoded.toString("utf8")).toBe(long);
    if (encoding) expect(answer.body.byteLength).toBeLessThan(Buffer.byteLength(long) / 2);
  });
});
