// Failures a service reports that are not about one input field. They carry a sentence already
// in the reader's language (services have the request context); the GraphQL layer sends them
// as GraphQL errors with extensions.code.
export class ServiceError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "FORBIDDEN" | "RATE_LIMITED",
    message: string,
  ) {
    super(message);
    this.name = "ServiceError";
  }
}
