// Query limits, checked before any resolver runs or the Prisma plugin plans a selection, the same
// on every door (HTTP, graphql-ws, SvelteKit's in-process calls): tokens, depth, aliases,
// directives and cost (graphql-armor), the size of a selection after fragments are expanded, one
// credential-checking field per request, page sizes, and strings without control characters.
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  isInputObjectType,
  type GraphQLSchema,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  specifiedRules,
  validate,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  visit,
} from "graphql";

/**
 * The limits, set with a margin above the largest operation the web app sends (measured by
 * tests/api/query-limits.test.ts): 5 levels deep, 62 fields after expansion, 4 aliases, ~110 tokens.
 */
export const QUERY_LIMITS = {
  maxTokens: 2_000,
  maxDepth: 10,
  maxAliases: 20,
  maxDirectives: 20,
  maxCost: 20_000,
  /** Fields in the selection after every fragment is expanded in place. */
  maxFields: 400,
  /** first, last or limit of any list. */
  maxPageSize: 100,
  /** Longest string accepted in any argument or variable (the longest form field is far below). */
  maxStringLength: 20_000,
} as const;

/** Root fields that check a password, a one-time code or a PIN, or file a complaint: one per request. */
const CREDENTIAL_FIELDS = new Set([
  "signIn",
  "signUp",
  "confirmSignUp",
  "resetPassword",
  "requestAccountRecovery",
  "submitComplaint",
  "submitDraft",
]);
const PAGE_SIZE_ARGUMENTS = new Set(["first", "last", "limit"]);

export type LimitOptions = {
  /** Schema introspection and "did you mean" suggestions (GRAPHQL_INTROSPECTION=true). */
  introspection: boolean;
};

/** A refusal in both languages; `BAD_USER_INPUT`, because the client can fix it. */
export function inputError(id: string, en: string): GraphQLError {
  return new GraphQLError(`${id} / ${en}`, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
}

const tooLarge = (detail: string) =>
  inputError(
    `Permintaan ini terlalu besar atau terlalu rumit (${detail}). Perkecil permintaannya`,
    `This request is too large or too complex (${detail}). Make it smaller`,
  );

const armor = new ApolloArmor({
  // Tokens are limited by graphql's own parser (parseOptions), on every door.
  maxTokens: { enabled: false },
  // Suggestions are hidden in formatError (hideSuggestions), on every door.
  blockFieldSuggestion: { enabled: false },
  maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: [report] },
  maxAliases: { n: QUERY_LIMITS.maxAliases, propagateOnRejection: false, onReject: [report] },
  maxDirectives: { n: QUERY_LIMITS.maxDirectives, propagateOnRejection: false, onReject: [report] },
  costLimit: { maxCost: QUERY_LIMITS.maxCost, propagateOnRejection: false, onReject: [report] },
}).protect();

function report(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(tooLarge(error.message.replace(/^Syntax Error: /, "").replace(/\.$/, "")));
}

export type OperationSize = {
  /** Fields with every fragment expanded where it is spread. */
  fields: number;
  depth: number;
  /** Root fields that check a credential or file a complaint. */
  credentials: number;
};

/**
 * Measures each operation of a document with every fragment expanded where it is spread. Each
 * fragment is measured once (memoised), so this is linear in the document even when its
 * expansion is exponential.
 */
export function measureDocument(schema: GraphQLSchema, document: DocumentNode): OperationSize[] {
  const credentials = credentialFields(schema);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, OperationSize>();
  const measuring = new Set<string>();
  const empty = (): OperationSize => ({ fields: 0, depth: 0, credentials: 0 });
  const measure = (set: SelectionSetNode, root: boolean): OperationSize => {
    const size = empty();
    for (const selection of set.selections) {
      let inner: OperationSize;
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet ? measure(selection.selectionSet, false) : empty();
        inner = { fields: below.fields + 1, depth: below.depth + 1, credentials: below.credentials };
        if (root && credentials.has(selection.name.value)) inner.credentials++;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measure(selection.selectionSet, root);
      } else {
        inner = fragmentSize(selection.name.value, root);
      }
      size.fields += inner.fields;
      size.credentials += inner.credentials;
      size.depth = Math.max(size.depth, inner.depth);
    }
    return size;
  };
  const fragmentSize = (name: string, root: boolean): OperationSize => {
    const key = `${root}:${name}`;
    const known = memo.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown and cyclic fragments are reported by graphql's own rules.
    if (!fragment || measuring.has(key)) return empty();
    measuring.add(key);
    const size = measure(fragment.selectionSet, root);
    measuring.delete(key);
    memo.set(key, size);
    return size;
  };
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => measure(d.selectionSet, true));
}

/** Refuses an operation whose expanded selection is too large or too deep, or that checks two credentials. */
function expandedSizeRule(context: ValidationContext): ReturnType<ValidationRule> {
  return {
    Document(document) {
      for (const size of measureDocument(context.getSchema(), document)) {
        if (size.fields > QUERY_LIMITS.maxFields) {
          context.reportError(tooLarge(`${formatCount(size.fields)} fields, at most ${QUERY_LIMITS.maxFields}`));
        } else if (size.depth > QUERY_LIMITS.maxDepth) {
          context.reportError(tooLarge(`${size.depth} levels, at most ${QUERY_LIMITS.maxDepth}`));
        }
        if (size.credentials > 1) {
          context.reportError(
            inputError(
              "Satu permintaan hanya boleh berisi satu kali masuk, satu pengaduan atau satu pemeriksaan PIN",
              "One request may hold only one sign-in, one filing or one PIN check",
            ),
          );
        }
      }
      return false;
    },
  };
}

function formatCount(n: number): string {
  return n > 1e9 ? "more than 1,000,000,000" : n.toLocaleString("en");
}

const credentialCache = new WeakMap<GraphQLSchema, Set<string>>();

/** The root fields above, and every root field that takes a PIN (accessSecret), directly or in its input. */
function credentialFields(schema: GraphQLSchema): Set<string> {
  let names = credentialCache.get(schema);
  if (names) return names;
  names = new Set(CREDENTIAL_FIELDS);
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const takesSecret = field.args.some((arg) => {
        const type = getNamedType(arg.type);
        return arg.name === "accessSecret" || (isInputObjectType(type) && "accessSecret" in type.getFields());
      });
      if (takesSecret) names.add(field.name);
    }
  }
  credentialCache.set(schema, names);
  return names;
}

/** Every rule a document must pass: graphql's own, armor's, ours, and no introspection unless enabled. */
export function validationRules(options: LimitOptions): ValidationRule[] {
  return [
    ...(armor.validationRules as ValidationRule[]),
    expandedSizeRule,
    ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
}

export const parseOptions = { maxTokens: QUERY_LIMITS.maxTokens };

/** Parses with the token limit; a syntax error comes back as errors, never thrown. */
export function parseDocument(source: string): DocumentNode | readonly GraphQLError[] {
  try {
    return parse(source, parseOptions);
  } catch (error) {
    if (error instanceof GraphQLError || (error as Error)?.name === "GraphQLError") {
      const e = error as GraphQLError;
      return [new GraphQLError(e.message, { extensions: { code: "GRAPHQL_PARSE_FAILED" } })];
    }
    throw error;
  }
}

export function validateDocument(schema: GraphQLSchema, document: DocumentNode, options: LimitOptions): readonly GraphQLError[] {
  return validate(schema, document, [...specifiedRules, ...validationRules(options)], { maxErrors: 20 });
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Whether a string holds a control character other than tab, line feed and carriage return. */
export function hasControlCharacter(value: string): boolean {
  return CONTROL.test(value);
}

const controlError = () =>
  inputError(
    "Isian berisi karakter kendali yang tidak diizinkan (misalnya karakter NUL). Hapus karakter itu lalu kirim lagi",
    "The input holds a control character that is not allowed (such as NUL). Remove it and send again",
  );
const longError = () =>
  inputError(
    `Isian terlalu panjang (paling banyak ${QUERY_LIMITS.maxStringLength} karakter)`,
    `The input is too long (at most ${QUERY_LIMITS.maxStringLength} characters)`,
  );
const pageError = (name: string) =>
  inputError(
    `Argumen ${name} harus bilangan bulat dari 0 sampai ${QUERY_LIMITS.maxPageSize}`,
    `The argument ${name} must be a whole number from 0 to ${QUERY_LIMITS.maxPageSize}`,
  );

function checkString(value: string): GraphQLError | null {
  if (value.length > QUERY_LIMITS.maxStringLength) return longError();
  return hasControlCharacter(value) ? controlError() : null;
}

function checkValue(value: unknown, depth = 0): GraphQLError | null {
  if (typeof value === "string") return checkString(value);
  if (depth > 20 || value === null || typeof value !== "object") return null;
  for (const [key, inner] of Object.entries(value)) {
    const error = checkString(key) ?? checkValue(inner, depth + 1);
    if (error) return error;
  }
  return null;
}

function pageSizeValid(value: unknown): boolean {
  return value === null || value === undefined || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= QUERY_LIMITS.maxPageSize);
}

/**
 * The inputs of one operation, with its variables: strings without control characters and not
 * over-long (in the document and in variables), page sizes within the cap. Run after validation
 * and before execution, on every door; null when all is well.
 */
export function checkInputs(document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  const fromVariables = checkValue(variables ?? {});
  if (fromVariables) return fromVariables;
  const defaults = new Map<string, ValueNode>();
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of (d as OperationDefinitionNode).variableDefinitions ?? []) if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  }
  let found: GraphQLError | null = null;
  visit(document, {
    StringValue(node) {
      found ??= checkString(node.value);
    },
    Argument(node) {
      if (found || !PAGE_SIZE_ARGUMENTS.has(node.name.value)) return;
      let value: ValueNode | undefined = node.value;
      if (value.kind === Kind.VARIABLE) {
        const name = value.name.value;
        if (variables && name in variables) {
          if (!pageSizeValid(variables[name])) found = pageError(node.name.value);
          return;
        }
        value = defaults.get(name);
      }
      if (value?.kind === Kind.INT && !pageSizeValid(Number(value.value))) found = pageError(node.name.value);
    },
  });
  return found;
}

/** For Apollo: armor's and our rules run in its validation; this checks inputs with the variables. */
export function apolloLimits(options: LimitOptions): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin<any>[] } {
  const plugin: ApolloServerPlugin<any> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const error = checkInputs(document, request.variables);
          if (error) throw error;
        },
      };
    },
  };
  return { validationRules: validationRules(options), plugins: [...(armor.plugins as ApolloServerPlugin<any>[]), plugin] };
}

/** graphql's token-limit refusal, said like the other limits (both languages). */
export function clarifyLimitMessage(message: string): string {
  const tokens = /Document contains more tha[nt] (\d+) tokens/.exec(message);
  return tokens ? tooLarge(`more than ${tokens[1]} tokens`).message : message;
}

/** Removes graphql's "Did you mean …?" hints, which spell out the schema to a stranger. */
export function hideSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, "");
}
