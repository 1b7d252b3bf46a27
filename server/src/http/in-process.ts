// The seam between SvelteKit and the schema: for each page request the server attaches an
// executor to the Node request (adapter-node hands it to SvelteKit as event.platform.req), so
// load functions and form actions run the same operations, with the same context, authorization
// and query limits, without an HTTP hop and without importing any server code into web/.
import type { IncomingMessage } from "node:http";
import { type DocumentNode, execute, type GraphQLError, type GraphQLSchema } from "graphql";
import type { Context } from "../context.ts";
import { checkInputs, type LimitOptions, parseDocument, validateDocument } from "../graphql/limits.ts";
import { errorFormatter } from "./errors.ts";

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

/** Parsed and validated once per document text (the web's documents are fixed strings). */
function parsed(schema: GraphQLSchema, source: string, options: LimitOptions): DocumentNode | readonly GraphQLError[] {
  const key = `${options.introspection ? "i" : "-"}${source}`;
  let entry = documents.get(key);
  if (!entry) {
    const document = parseDocument(source);
    if (Array.isArray(document)) entry = document;
    else {
      const errors = validateDocument(schema, document as DocumentNode, options);
      entry = errors.length > 0 ? errors : (document as DocumentNode);
    }
    if (documents.size >= MAX_CACHED_DOCUMENTS) documents.delete(documents.keys().next().value!);
    documents.set(key, entry);
  }
  return entry;
}

export function attachExecutor(
  req: IncomingMessage,
  schema: GraphQLSchema,
  makeContext: () => Promise<Context>,
  options: LimitOptions = { introspection: false },
): void {
  let context: Promise<Context> | null = null;
  let settled: Context | null = null;
  const formatError = errorFormatter({ suggestions: options.introspection });
  const api: SuaraRequestApi = {
    async execute(source, variables) {
      const document = parsed(schema, source, options);
      if (Array.isArray(document)) return { errors: document.map((e) => formatError(e)) };
      const refused = checkInputs(document as DocumentNode, variables);
      if (refused) return { errors: [formatError(refused)] };
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
