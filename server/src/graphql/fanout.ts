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
export type Grouping = (ctx: Context, event: object) => Promise<string | null>;

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

  constructor(args: ExecutionArgs, events: AsyncIterator<unknown>, grouping: Grouping | null) {
    this.#args = args;
    this.#events = events;
    this.#grouping = grouping;
    this.#fixed = grouping ? `${documentId(args.document)}\u0000${args.operationName ?? ""}\u0000${JSON.stringify(args.variableValues ?? {})}` : "";
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    const step = await this.#events.next();
    if (step.done) return { done: true, value: undefined };
    return { done: false, value: await this.#resultFor(step.value) };
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.#events.return?.();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.#events.return?.();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }

  async #resultFor(event: unknown): Promise<ExecutionResult> {
    if (!this.#grouping || typeof event !== "object" || event === null) return this.#run(event);
    const group = await this.#grouping(this.#args.contextValue as Context, event);
    if (group === null) return this.#run(event);
    return perEvent(event, `result\u0000${this.#fixed}\u0000${group}`, async () => this.#run(event));
  }

  #run(event: unknown): Promise<ExecutionResult> | ExecutionResult {
    return execute({ ...this.#args, rootValue: event }) as Promise<ExecutionResult> | ExecutionResult;
  }
}

const PREPARED_MAX = 200;
const prepared = new Map<string, DocumentNode>();

/**
 * graphql-ws's preparation of an operation (limits.ts prepareOperation), with the parsed and
 * validated document kept by its text: every subscriber of the same operation shares one
 * document (less memory each, and what lets subscribers group). Inputs are checked each time,
 * with that subscriber's variables.
 */
export function prepareLiveOperation(
  schema: GraphQLSchema,
  source: string,
  variables: Record<string, unknown> | null | undefined,
  options: LimitOptions,
): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
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
