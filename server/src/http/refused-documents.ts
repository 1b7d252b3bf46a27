// Documents already refused for what they are (a syntax error, or a limit or rule broken in
// validation) are refused again from memory. A flood sends one bad document over and over; each
// copy used to cost a session lookup, a parse, a full validation and several error objects with
// source-mapped stack traces. Whether such a document is refused depends on its text alone (the
// schema and the server's options are fixed while it runs), never on the variables, the session
// or the caller, so the remembered answer is exactly the answer Apollo would give again. The web
// app never sends such a document: a client that does is paused like one a limit refused.
import { createHash } from "node:crypto";

/** Error codes that come from the document's text alone. */
const DOCUMENT_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"]);

export type RememberedRefusal = {
  status: number;
  headers: Record<string, string>;
  body: string;
};

export type RefusedDocumentSettings = {
  /** Refusals remembered at once; the least recently asked is forgotten first. */
  capacity: number;
  /** Longest answer remembered (bytes of JSON); longer ones are simply not remembered. */
  maxBodyBytes: number;
};

export const DEFAULT_REFUSED_DOCUMENTS: RefusedDocumentSettings = { capacity: 500, maxBodyBytes: 16_384 };

/** Whether an answer refuses the document itself: 400, no data, every error a parse or validation one. */
export function refusesDocument(status: number, body: string): boolean {
  if (status !== 400) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return false;
  }
  if (!parsed || typeof parsed !== "object" || "data" in parsed) return false;
  const errors = (parsed as { errors?: unknown }).errors;
  return (
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every((e) => DOCUMENT_CODES.has((e as { extensions?: { code?: unknown } } | null)?.extensions?.code as string))
  );
}

export class RefusedDocuments {
  readonly #answers = new Map<string, RememberedRefusal>();
  readonly #settings: RefusedDocumentSettings;

  constructor(settings: RefusedDocumentSettings = DEFAULT_REFUSED_DOCUMENTS) {
    this.#settings = settings;
  }

  get size(): number {
    return this.#answers.size;
  }

  /** The remembered refusal of this document text, if any (and it becomes the most recent). */
  recall(query: string): RememberedRefusal | undefined {
    const key = keyOf(query);
    const answer = this.#answers.get(key);
    if (answer) {
      this.#answers.delete(key);
      this.#answers.set(key, answer);
    }
    return answer;
  }

  /**
   * Remembers the answer if it refuses the document itself (unless it is too long to keep);
   * other answers are left alone. Says whether it refuses the document.
   */
  consider(query: string, answer: RememberedRefusal): boolean {
    if (!refusesDocument(answer.status, answer.body)) return false;
    if (answer.body.length > this.#settings.maxBodyBytes) return true;
    const key = keyOf(query);
    this.#answers.delete(key);
    this.#answers.set(key, answer);
    while (this.#answers.size > this.#settings.capacity) {
      const oldest = this.#answers.keys().next().value as string;
      this.#answers.delete(oldest);
    }
    return true;
  }
}

/** A fixed-size key: the document may be up to the 1 MB body limit. */
function keyOf(query: string): string {
  return createHash("sha256").update(query).digest("base64");
}
