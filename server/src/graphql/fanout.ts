// Live updates to many subscribers at once. graphql's own `subscribe` executes the selection
// once per subscriber per event; with thousands watching one complaint that is thousands of
// identical executions. Here a subscription field may say how its subscribers group (by what
// decides what they may see); for each event the selection is executed once per distinct
// (document, variables, group) and every subscriber of the group is sent that same result.
// Access is still decided for each subscriber: the group is computed from the subscriber's own
// viewer, re-read on every event, and only subscribers who would get the same answer share one.
import {
  createSourceEventStream,
  type DocumentNode,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  getOperationAST,
  type GraphQLError,
  type GraphQLSchema,
  Kind,
} from "graphql";
import type { Context } from "../context.ts";
import { perEvent } from "./event-memo.ts";
import { checkInputs, type LimitOptions, parseDocument, validateDocument } from "./limits.ts";

/**
 * How one subscription field's subscribers group for an event: a key that is equal for two
 * subscribers only if executing the selection for either gives the same result; null to execute
 * for this subscriber alone. It may update the context (re-read the viewer) as the field's
 * resolver would.
 */
export type Grouping = (ctx: Context, event: object) => string | null | Promise<string | null>;

const groupings = new Map<string, Grouping>();

/** Declares how subscribers of a root subscription field group (see Grouping). */
export function groupSubscribers(field: string, grouping: Grouping): void {
  groupings.set(field, grouping);
}

function groupingFor(args: ExecutionArgs): Grouping | null {
  const operation = getOperationAST(args.document, args.operationName);
  const selections = operation?.selectionSet.selections ?? [];
  // One plain root field only: aliases and several fields are executed per subscriber.
  if (selections.length !== 1 || selections[0]!.kind !== Kind.FIELD || selections[0]!.directives?.length) return null;
  return groupings.get(selections[0]!.name.value) ?? null;
}

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 1;

function documentId(document: DocumentNode): number {
  let id = documentIds.get(document);
  if (id === undefined) documentIds.set(document, (id = nextDocumentId++));
  return id;
}

/** Where a subscription's messages go: its connection and the id the client gave it. */
export type LiveTarget = { socket: { readonly readyState: number; send(data: string): void }; id: string };

const OPEN = 1; // WebSocket.OPEN
const targets = new WeakMap<object, LiveTarget>();

/**
 * Lets a grouped subscription send its results itself (graphql-ws's onSubscribe registers each
 * subscription's context with its connection and id): a group's result is serialized once and
 * each subscriber gets those bytes with its own id, as graphql-ws would have framed them.
 */
export function sendsTo(contextValue: object, target: LiveTarget): void {
  targets.set(contextValue, target);
}

/** Each shared result's `payload`, serialized once for every subscriber of its group. */
const serialized = new WeakMap<ExecutionResult, string>();

function payloadOf(result: ExecutionResult): string {
  let json = serialized.get(result);
  if (json === undefined) {
    // What graphql-ws sends as a `next` message's payload: the result, its errors as JSON.
    const { errors, ...rest } = result;
    json = JSON.stringify(errors ? { ...rest, errors: errors.map((e) => e.toJSON()) } : rest);
    serialized.set(result, json);
  }
  return json;
}

/**
 * For graphql-ws's `subscribe`: graphql's own subscribe (the field's subscribe resolver runs for
 * this subscriber, checking access), then each event executed once per group.
 */
export async function subscribeInGroups(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
  return new GroupedStream(args, (stream as AsyncIterable<unknown>)[Symbol.asyncIterator](), groupingFor(args));
}

// A class rather than closures: one is held per open subscription.
class GroupedStream implements AsyncIterableIterator<ExecutionResult> {
  readonly #args: ExecutionArgs;
  readonly #events: AsyncIterator<unknown>;
  readonly #grouping: Grouping | null;
  /** What this subscriber shares with others whatever the event: the document and variables. */
  readonly #fixed: string;
  /** Grouped and registered with its connection: sends results itself (see sendsTo). */
  readonly #target: LiveTarget | null;
  /** `{"id":…,"type":"next","payload":` for this subscription. */
  readonly #prefix: string;
  #ended = false;

  constructor(args: ExecutionArgs, events: AsyncIterator<unknown>, grouping: Grouping | null) {
    this.#args = args;
    this.#events = events;
    this.#grouping = grouping;
    this.#fixed = grouping ? `${documentId(args.document)}\u0000${args.operationName ?? ""}\u0000${JSON.stringify(args.variableValues ?? {})}` : "";
    this.#target = grouping ? (targets.get(args.contextValue as object) ?? null) : null;
    this.#prefix = this.#target ? `{"id":${JSON.stringify(this.#target.id)},"type":"next","payload":` : "";
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    for (;;) {
      const step = await this.#events.next();
      if (step.done || this.#ended) return { done: true, value: undefined };
      const result = await this.#resultFor(step.value);
      const target = this.#target;
      if (!target) return { done: false, value: result };
      // Sent here, not yielded to graphql-ws: the group's bytes, framed with this subscription's id.
      if (this.#ended) return { done: true, value: undefined };
      if (target.socket.readyState === OPEN) target.socket.send(`${this.#prefix}${payloadOf(result)}}`);
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.#ended = true;
    await this.#events.return?.();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.#ended = true;
    await this.#events.return?.();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }

  #resultFor(event: unknown): Promise<ExecutionResult> | ExecutionResult {
    if (!this.#grouping || typeof event !== "object" || event === null) return this.#run(event);
    const group = this.#grouping(this.#args.contextValue as Context, event);
    return typeof group === "string" || group === null ? this.#shared(event, group) : group.then((g) => this.#shared(event, g));
  }

  #lastGroup: string | null = null;
  #lastKey = "";

  #shared(event: object, group: string | null): Promise<ExecutionResult> | ExecutionResult {
    if (group === null) return this.#run(event);
    // The same group as last time (nearly always): the same key, already hashed.
    if (group !== this.#lastGroup) {
      this.#lastGroup = group;
      this.#lastKey = `result\u0000${this.#fixed}\u0000${group}`;
    }
    return perEvent(event, this.#lastKey, async () => this.#run(event));
  }

  #run(event: unknown): Promise<ExecutionResult> | ExecutionResult {
    return execute({ ...this.#args, rootValue: event }) as Promise<ExecutionResult> | ExecutionResult;
  }
}

const PREPARED_MAX = 200;
const preparedBySchema = new WeakMap<GraphQLSchema, Map<string, DocumentNode>>();

/**
 * graphql-ws's preparation of an operation (the same parsing, validation rules and input checks
 * as Apollo's, from limits.ts), with the parsed and validated document kept per schema by its text: every subscriber of the same operation shares one
 * document (less memory each, and what lets subscribers group). Inputs are checked each time,
 * with that subscriber's variables.
 */
export function prepareLiveOperation(
  schema: GraphQLSchema,
  source: string,
  variables: Record<string, unknown> | null | undefined,
  options: LimitOptions,
): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
  let prepared = preparedBySchema.get(schema);
  if (!prepared) preparedBySchema.set(schema, (prepared = new Map()));
  const key = `${options.introspection}\u0000${source}`;
  let document = prepared.get(key);
  if (!document) {
    const parsed = parseDocument(source);
    if (Array.isArray(parsed)) return { errors: parsed };
    const errors = validateDocument(schema, parsed as DocumentNode, options);
    if (errors.length > 0) return { errors };
    document = parsed as DocumentNode;
    if (prepared.size >= PREPARED_MAX) prepared.delete(prepared.keys().next().value!);
    prepared.set(key, document);
  }
  const inputError = checkInputs(document, variables);
  return inputError ? { errors: [inputError] } : { document };
}
