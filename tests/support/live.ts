// A graphql-ws client as a browser would open it: the WebSocket carries the page's cookies (the
// session, a workshop participant's token) in its upgrade request.
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";

export function liveClient(url: string, headers: Record<string, string> = {}, options: { lazy?: boolean } = {}): Client {
  return createClient({
    url,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    retryAttempts: 0,
    lazy: options.lazy ?? true,
  });
}
