// The seam between SvelteKit and the schema: for each page request the server attaches an
// executor to the Node request (adapter-node hands it to SvelteKit as event.platform.req), so
// load functions and form actions run the same operations, with the same context and
// authorization, without an HTTP hop and without importing any server code into web/.
import type { IncomingMessage } from "node:http";
import { type DocumentNode, execute, type GraphQLError, type GraphQLSchema, parse, validate } from "graphql";
import type { Context } from "../context.ts";
import { formatError } from "./errors.ts";

export type InProcessResult = {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
};

export type SuaraRequestApi = {
  execute(document: string, variables?: Record<string, unknown>): Promise<InProcessResult>;
  /** Set-Cookie values produced by operations so far (cleared when taken). */
  takeCookies(): string[];
};

const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
const MAX_CACHED_DOCUMENTS = 500;

function parsed(schema: GraphQLSchema, source: string): DocumentNode | readonly GraphQLError[] {
  let entry = documents.get(source);
  if (!entry) {
    try {
      const document = parse(source);
      const errors = validate(schema, document);
      entry = errors.length > 0 ? errors : document;
    } catch (error) {
      entry = [error as GraphQLError];
    }
    if (documents.size >= MAX_CACHED_DOCUMENTS) documents.delete(documents.keys().next().value!);
    documents.set(source, entry);
  }
  return entry;
}

export function attachExecutor(
  req: IncomingMessage,
  schema: GraphQLSchema,
  makeContext: () => Promise<Context>,
): void {
  let context: Promise<Context> | null = null;
  let settled: Context | null = null;
  const api: SuaraRequestApi = {
    async execute(source, variables) {
      const document = parsed(schema, source);
      if (Array.isArray(document)) return { errors: document.map((e) => formatError(e)) };
      context ??= makeContext();
      const contextValue = await context;
      settled = contextValue;
      const result = await execute({
        schema,
        document: document as DocumentNode,
        variableValues: variables,
        contextValue,
      });
      return {
        data: result.data as Record<string, unknown> | null | undefined,
        ...(result.errors ? { errors: result.errors.map((e) => formatError(e)) } : {}),
      };
    },
    takeCookies() {
      return settled ? settled.outgoingCookies.splice(0) : [];
    },
  };
  (req as IncomingMessage & { suara?: SuaraRequestApi }).suara = api;
}
