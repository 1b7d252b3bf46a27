// The client side of the fan-out benchmark, run as a child process (its own event loop and
// its own open-file budget): holds N WebSocket connections — graphql-ws subscriptions to one
// complaint, or bare `ws` sockets — and timestamps the first message each one receives.
// Driven over IPC by tests/bench/fanout.ts.
import { performance } from "node:perf_hooks";
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";

export type ClientCommand =
  | { cmd: "connect"; kind: "graphql" | "ws"; url: string; n: number; trackingCode?: string; wave: number }
  | { cmd: "measure"; t0: number; timeoutMs: number }
  | { cmd: "close" };

export type ClientReply =
  | { type: "connected"; n: number; failures: string[] }
  | { type: "measured"; received: number; latenciesMs: number[]; sample: string }
  | { type: "closed" }
  | { type: "error"; error: string };

const now = () => performance.timeOrigin + performance.now();
const send = (reply: ClientReply) => process.send!(reply);

let arrivals: number[] = [];
let sample = "";
let graphqlClients: Client[] = [];
let sockets: WebSocket[] = [];

const SUBSCRIPTION = /* GraphQL */ `
  subscription Fanout($code: String!) { complaintUpdated(trackingCode: $code) { id trackingCode status title } }
`;

async function connectGraphql(url: string, n: number, code: string, wave: number): Promise<string[]> {
  const failures: string[] = [];
  for (let start = 0; start < n; start += wave) {
    const batch = Array.from({ length: Math.min(wave, n - start) }, (_, j) => start + j);
    await Promise.all(
      batch.map(
        (i) =>
          new Promise<void>((resolve) => {
            const client = createClient({
              url,
              webSocketImpl: WebSocket,
              lazy: false,
              // A busy machine can miss graphql-ws's 3 s init window: the client then reconnects
              // and subscribes again, as a browser would.
              retryAttempts: 5,
              retryWait: async () => new Promise((r) => setTimeout(r, 500 + Math.random() * 1000)),
              on: {
                connected: () => resolve(),
                error: (e) => {
                  if (failures.length < 5) failures.push(String((e as Error).message ?? e));
                },
              },
            });
            graphqlClients[i] = client;
            client.subscribe(
              { query: SUBSCRIPTION, variables: { code } },
              {
                next: (value) => {
                  if (arrivals[i] === undefined) arrivals[i] = now();
                  if (!sample) sample = JSON.stringify({ id: "1", type: "next", payload: value });
                },
                error: (e) => {
                  if (failures.length < 5) failures.push(e instanceof Error ? e.message : JSON.stringify(e).slice(0, 300));
                  resolve();
                },
                complete: () => {},
              },
            );
          }),
      ),
    );
  }
  return failures;
}

async function connectWs(url: string, n: number, wave: number): Promise<string[]> {
  const failures: string[] = [];
  for (let start = 0; start < n; start += wave) {
    const batch = Array.from({ length: Math.min(wave, n - start) }, (_, j) => start + j);
    await Promise.all(
      batch.map(
        (i) =>
          new Promise<void>((resolve) => {
            const socket = new WebSocket(url);
            sockets[i] = socket;
            socket.on("open", () => resolve());
            socket.on("error", (e) => {
              if (failures.length < 5) failures.push(e.message);
              resolve();
            });
            socket.on("message", (data) => {
              if (arrivals[i] === undefined) arrivals[i] = now();
              if (!sample) sample = String(data);
            });
          }),
      ),
    );
  }
  return failures;
}

process.on("message", async (message: ClientCommand) => {
  try {
    if (message.cmd === "connect") {
      arrivals = [];
      sample = "";
      const failures =
        message.kind === "graphql"
          ? await connectGraphql(message.url, message.n, message.trackingCode!, message.wave)
          : await connectWs(message.url, message.n, message.wave);
      send({ type: "connected", n: message.n, failures });
    } else if (message.cmd === "measure") {
      const expected = Math.max(graphqlClients.length, sockets.length);
      const deadline = Date.now() + message.timeoutMs;
      while (arrivals.filter((a) => a !== undefined).length < expected && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      const got = arrivals.filter((a): a is number => a !== undefined);
      send({ type: "measured", received: got.length, latenciesMs: got.map((a) => a - message.t0), sample });
    } else if (message.cmd === "close") {
      await Promise.all(graphqlClients.map((c) => c.dispose()));
      for (const s of sockets) s.terminate();
      graphqlClients = [];
      sockets = [];
      send({ type: "closed" });
    }
  } catch (error) {
    send({ type: "error", error: String((error as Error).stack ?? error) });
  }
});
