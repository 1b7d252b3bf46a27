// Who is asking, as far as limits are concerned: the peer's address, or, only when the peer is
// a configured reverse proxy, the address that proxy saw (the right-most X-Forwarded-For entry
// not itself a trusted proxy). Without TRUSTED_PROXIES the header is ignored: anyone can write it.
import type { IncomingHttpHeaders } from "node:http";

/** "::ffff:10.0.0.1" and "10.0.0.1" are one client. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

export function clientAddress(
  request: { headers: IncomingHttpHeaders; socket?: { remoteAddress?: string | undefined } | null },
  trustedProxies: ReadonlySet<string>,
): string {
  const peer = normalizeAddress(request.socket?.remoteAddress ?? "unknown");
  if (!trustedProxies.has(peer)) return peer;
  const header = request.headers["x-forwarded-for"];
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map(normalizeAddress)
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trustedProxies.has(hops[i]!)) return hops[i]!;
  return peer;
}
