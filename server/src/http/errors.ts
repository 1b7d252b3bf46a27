// One shape for GraphQL errors on every door. Expected failures carry extensions.code; anything
// else is a bug: logged in full here, and sent to the client only as a generic sentence.
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ServiceError } from "../services/errors.ts";

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

function isExpected(error: ErrorLike): boolean {
  const code = error.extensions?.code;
  if (typeof code === "string" && KNOWN_CODES.has(code)) return true;
  // Parse and validation errors have no original error; argument validation (plugin-validation)
  // throws InputValidationError, which is the client's to fix.
  if (!error.originalError) return true;
  return (error.originalError as Error).name === "InputValidationError";
}

export function formatError(error: GraphQLError | GraphQLFormattedError, original?: unknown): GraphQLFormattedError {
  const gqlError = asGraphQLError(error) ?? asGraphQLError(original);
  const formatted = error instanceof GraphQLError ? error.toJSON() : (error as GraphQLFormattedError);
  // Apollo passes the thrown error itself or graphql-js's wrapper around it.
  const cause = isServiceError(original) ? original : gqlError?.originalError;
  if (isServiceError(cause)) {
    return { ...formatted, message: cause.message, extensions: { ...formatted.extensions, code: cause.code } };
  }
  if (gqlError && isExpected(gqlError)) {
    const code = gqlError.extensions?.code ?? (gqlError.originalError ? "BAD_USER_INPUT" : "GRAPHQL_VALIDATION_FAILED");
    return { ...formatted, extensions: { ...formatted.extensions, code } };
  }
  if (typeof formatted.extensions?.code === "string" && KNOWN_CODES.has(formatted.extensions.code)) return formatted;
  console.error("[graphql] unexpected error", gqlError?.originalError ?? original ?? error);
  return {
    message: INTERNAL_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
