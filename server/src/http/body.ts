// Reading a request's whole body with a size cap, for the endpoints that take a small body
// (/graphql, the SMS gateway's messages, Open311): null once it grows past `maxBytes`, so a
// client cannot make the server hold an unbounded body in memory.
import type { IncomingMessage } from "node:http";

export async function readBodyWithin(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
