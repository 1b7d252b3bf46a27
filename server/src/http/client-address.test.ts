import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.ts";

const req = (remoteAddress: string, xff?: string) => ({ headers: xff ? { "x-forwarded-for": xff } : {}, socket: { remoteAddress } });

describe("clientAddress", () => {
  it.each([
    ["no proxy configured: the header is ignored", req("203.0.113.9", "1.2.3.4"), [], "203.0.113.9"],
    ["IPv4-mapped peers are plain IPv4", req("::ffff:203.0.113.9"), [], "203.0.113.9"],
    ["a trusted proxy: the address it saw", req("127.0.0.1", "1.2.3.4, 198.51.100.7"), ["127.0.0.1"], "198.51.100.7"],
    ["chained trusted proxies are skipped", req("127.0.0.1", "198.51.100.7, 10.0.0.2"), ["127.0.0.1", "10.0.0.2"], "198.51.100.7"],
    ["an untrusted peer cannot choose its address", req("198.51.100.7", "127.0.0.1"), ["127.0.0.1"], "198.51.100.7"],
    ["a trusted proxy without the header", req("127.0.0.1"), ["127.0.0.1"], "127.0.0.1"],
  ])("%s", (_name, request, proxies, expected) => {
    expect(clientAddress(request, new Set(proxies))).toBe(expected);
  });
});
