// One shape for GraphQL errors on every door. Expected failures carry extensions.code; anything
// else is a bug: logged here in one line (no stack, no user input), and sent to the client only
// as a generic sentence.
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { clarifyLimitMessage, hideSuggestions } from "../graphql/limits.ts";
import { ServiceError } from "../services/use-cases/errors.ts";

const KNOWN_CODES = new Set([
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "BAD_USER_INPUT",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  "RATE_LIMITED",
]);

const INTERNAL_MESSAGE =
  "Terjadi kesalahan di server. Coba lagi sebentar lagi. / Something went wrong on the server. Try again in a moment.";

type ErrorLike = { message: string; extensions?: Record<string, unknown>; originalError?: unknown };

/**
 * A GraphQL error, recognised by shape: under the test runner Apollo and our code may load two
 * copies of graphql (its CommonJS and ES builds), so `instanceof GraphQLError` cannot be trusted.
 */
function asGraphQLError(value: unknown): ErrorLike | null {
  if (value instanceof GraphQLError) return value;
  if (value && typeof value === "object" && (value as Error).name === "GraphQLError") return value as ErrorLike;
  return null;
}

function isServiceError(value: unknown): value is ServiceError {
  return value instanceof ServiceError || (value instanceof Error && value.name === "ServiceError" && "code" in value);
}

/**
 * Arguments Pothos refused (argument validation, relay ids, cursors, page arguments): the
 * client's to fix. Its sentence is English and may quote the input, so the answer names only the
 * arguments.
 */
function badArgumentMessage(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== "PothosValidationError") return null;
  const fields = /^Validation error: (.*)$/s.exec(error.message);
  if (fields) {
    const names = [...new Set([...fields[1]!.matchAll(/(?:^|\n|, )([A-Za-z][\w.]*): /g)].map((m) => m[1]!))].join(", ");
    return `Isian tidak valid${names ? ` (${names})` : ""}. / Invalid input${names ? ` (${names})` : ""}.`;
  }
  if (/cursor|ID|first|last|before|after/.test(error.message)) {
    return "Isian permintaan tidak valid: ID, kursor atau argumen halaman tidak dapat dibaca. / The request's input is not valid: an id, a cursor or a page argument could not be read.";
  }
  return null;
}

/**
 * One line for the log: where it failed and what kind of error, with quoted values (which may be
 * someone's input) blanked and no stack.
 */
export function logLine(prefix: string, error: unknown, path?: ReadonlyArray<string | number>): string {
  const e = error as { name?: string; code?: unknown; message?: unknown; stack?: string } | null;
  const name = e?.name ?? typeof error;
  const code = typeof e?.code === "string" ? ` ${e.code}` : "";
  const message = String(e?.message ?? error)
    .split("\n")[0]!
    .replace(/(["'`])(?:(?!\1).)*\1/g, "$1…$1")
    .slice(0, 160);
  const frame = /\((?:.*\/)?((?:server|web)\/src\/[^):]+:\d+)/.exec(e?.stack ?? "")?.[1];
  return `${prefix} ${name}${code}${path ? ` at ${path.join(".")}` : ""}: ${message}${frame ? ` (${frame})` : ""}`;
}

function isExpected(error: ErrorLike): boolean {
  const code = error.extensions?.code;
  if (typeof code === "string" && KNOWN_CODES.has(code)) return true;
  // Parse and validation errors have no original error; argument validation (plugin-validation)
  // throws InputValidationError, which is the client's to fix.
  if (!error.originalError) return true;
  // A variable that does not fit its type: graphql-js wraps its own coercion error (Apollo
  // reports these itself; the in-process door sees graphql-js's wrapper).
  const name = (error.originalError as Error).name;
  return name === "InputValidationError" || name === "GraphQLError";
}

export type ErrorFormatOptions = { /** Keep graphql's "Did you mean" hints (with introspection on). */ suggestions: boolean };

/** The formatter for one server: with or without graphql's hints. */
export function errorFormatter(options: ErrorFormatOptions) {
  return (error: GraphQLError | GraphQLFormattedError, original?: unknown): GraphQLFormattedError => {
    const once = formatError(error, original);
    // Apollo reads extensions.http for the status; it is not for the client.
    const { http: _http, ...extensions } = (once.extensions ?? {}) as Record<string, unknown>;
    const formatted = { ...once, message: clarifyLimitMessage(once.message), extensions };
    return options.suggestions ? formatted : { ...formatted, message: hideSuggestions(formatted.message) };
  };
}

export function formatError(error: GraphQLError | GraphQLFormattedError, original?: unknown): GraphQLFormattedError {
  const gqlError = asGraphQLError(error) ?? asGraphQLError(original);
  const formatted = error instanceof GraphQLError ? error.toJSON() : (error as GraphQLFormattedError);
  // Apollo passes the thrown error itself or graphql-js's wrapper around it.
  const cause = isServiceError(original) ? original : gqlError?.originalError;
  if (isServiceError(cause)) {
    return { ...formatted, message: cause.message, extensions: { ...formatted.extensions, code: cause.code } };
  }
  const badArgument = badArgumentMessage(cause) ?? badArgumentMessage(original);
  if (badArgument) return { ...formatted, message: badArgument, extensions: { code: "BAD_USER_INPUT" } };
  if (gqlError && isExpected(gqlError)) {
    const code = gqlError.extensions?.code ?? (gqlError.originalError ? "BAD_USER_INPUT" : "GRAPHQL_VALIDATION_FAILED");
    return { ...formatted, extensions: { ...formatted.extensions, code } };
  }
  if (typeof formatted.extensions?.code === "string" && KNOWN_CODES.has(formatted.extensions.code)) return formatted;
  console.error(logLine("[graphql] unexpected error", gqlError?.originalError ?? original ?? error, formatted.path));
  return {
    message: INTERNAL_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
