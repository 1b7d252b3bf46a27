// One shape for GraphQL errors on every door. Expected failures carry extensions.code; anything
// else is a bug: logged in full here, and sent to the client only as a generic sentence.
import { GraphQLError, type GraphQLFormattedError } from "graphql";

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

function isExpected(error: GraphQLError): boolean {
  const code = error.extensions?.code;
  if (typeof code === "string" && KNOWN_CODES.has(code)) return true;
  // Parse and validation errors have no original error; argument validation (plugin-validation)
  // throws InputValidationError, which is the client's to fix.
  if (!error.originalError) return true;
  return error.originalError.name === "InputValidationError";
}

export function formatError(error: GraphQLError | GraphQLFormattedError, original?: unknown): GraphQLFormattedError {
  const gqlError = error instanceof GraphQLError ? error : original instanceof GraphQLError ? original : null;
  const formatted = error instanceof GraphQLError ? error.toJSON() : error;
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
