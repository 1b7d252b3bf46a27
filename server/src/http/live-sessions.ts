// Open WebSocket connections by session, so that revoking a session ends its live
// subscriptions: signing out (and any revoke that publishes on the bus) closes them at once on
// every instance; a sweep every few seconds catches revokes written straight to the database
// (an administrator's), expiry and disabled accounts. Closed with 4401 ("Unauthorized" in the
// graphql-ws protocol), which clients treat as final and do not retry.
import type { IncomingHttpHeaders } from "node:http";
import type { WebSocket } from "ws";
import { hashToken, readCookie, SESSION_COOKIE } from "../auth/session.ts";
import type { Deps } from "../context.ts";
import { type SessionEvent, topics } from "../events/bus.ts";

export const SESSION_ENDED_CODE = 4401;
export const SESSION_ENDED_REASON = "Session ended";

export class LiveSessions {
  #deps: Deps;
  #bySession = new Map<string, Set<WebSocket>>();
  #controller = new AbortController();
  #timer: NodeJS.Timeout | null = null;

  constructor(deps: Deps) {
    this.#deps = deps;
  }

  /** Starts listening for revoked sessions, and sweeping every `sweepMs` (0: never). */
  start(sweepMs: number): void {
    void (async () => {
      for await (const event of this.#deps.bus.subscribe(topics.sessions, this.#controller.signal)) {
        this.end((event as SessionEvent).sessionId);
      }
    })().catch((error) => console.error("[live-sessions] listener failed", error));
    if (sweepMs > 0) {
      this.#timer = setInterval(() => void this.sweep().catch((e) => console.error("[live-sessions] sweep failed", e)), sweepMs);
      this.#timer.unref();
    }
  }

  /** Remembers which session (if any) opened this connection. */
  async track(socket: WebSocket, request: { headers: IncomingHttpHeaders }): Promise<void> {
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (!token) return;
    const session = await this.#deps.db.prisma.session.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true },
    });
    if (!session) return;
    let sockets = this.#bySession.get(session.id);
    if (!sockets) this.#bySession.set(session.id, (sockets = new Set()));
    sockets.add(socket);
    socket.once("close", () => {
      sockets.delete(socket);
      if (sockets.size === 0 && this.#bySession.get(session.id) === sockets) this.#bySession.delete(session.id);
    });
  }

  /** Closes every connection of one session. */
  end(sessionId: string): void {
    for (const socket of this.#bySession.get(sessionId) ?? []) socket.close(SESSION_ENDED_CODE, SESSION_ENDED_REASON);
    this.#bySession.delete(sessionId);
  }

  /** Closes the connections of sessions that were revoked, expired, or whose account was disabled. */
  async sweep(): Promise<void> {
    const ids = [...this.#bySession.keys()];
    if (ids.length === 0) return;
    const ended = await this.#deps.db.prisma.session.findMany({
      where: {
        id: { in: ids },
        OR: [{ revokedAt: { not: null } }, { expiresAt: { lte: this.#deps.now() } }, { user: { disabledAt: { not: null } } }],
      },
      select: { id: true },
    });
    for (const { id } of ended) this.end(id);
  }

  /** Connections held for a session (tests and metrics). */
  count(sessionId: string): number {
    return this.#bySession.get(sessionId)?.size ?? 0;
  }

  stop(): void {
    this.#controller.abort();
    if (this.#timer) clearInterval(this.#timer);
  }
}
