// Typed GraphQL operations, executed in-process through `event.locals.graphql` (see hooks.server.ts).
// Only server code (loaders and actions) imports this module.
import { error } from '@sveltejs/kit';
import { print, type DocumentNode } from 'graphql';
import { initGraphQLTada, type TadaDocumentNode } from 'gql.tada';
import { t, type Locale } from '$lib/i18n';
import type { introspection } from './graphql-env';

export type { ResultOf, VariablesOf } from 'gql.tada';

/**
 * Writes a GraphQL document whose result and variable types are read from the schema
 * (`server/schema.graphql`, through the generated `graphql-env.d.ts`): a page that asks for a
 * field the schema does not have, or reads one it did not ask for, fails type checking.
 * Fragments are not masked: a page reads what its document asks for, fragments included.
 */
export const graphql = initGraphQLTada<{
	introspection: introspection;
	scalars: { DateTime: string };
	disableMasking: true;
}>();

/** A value of one of the schema's enums (or scalars), e.g. `SchemaType<'ComplaintStatus'>`. */
export type SchemaType<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;

/** A document written with `graphql`, carrying the types of its result and variables. */
export type Operation<TData, TVariables> = TadaDocumentNode<TData, TVariables>;

const printed = new WeakMap<object, string>();

/** The document's text, printed once per document (documents are module constants). */
function textOf(op: object): string {
	let text = printed.get(op);
	if (text === undefined) {
		text = print(op as DocumentNode);
		printed.set(op, text);
	}
	return text;
}

/** A field error from a mutation payload: `field` is the input name, `message` is already localised. */
export interface FieldError {
	field: string;
	code: string;
	message: string;
}

type ErrorLike = { message: string; extensions?: Record<string, unknown> };

/** Maps GraphQL errors (access failures, bugs) to an HTTP error page; payload errors are not these. */
function fail(locale: Locale, errors: ReadonlyArray<ErrorLike>): never {
	const code = errors.map((e) => e.extensions?.['code']).find((c) => typeof c === 'string');
	if (code === 'NOT_FOUND') {
		error(404, { message: t(locale, 'error.notFound.text'), code: 'not_found' });
	}
	if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' || code === 'UNAUTHORIZED') {
		error(403, { message: t(locale, 'error.forbidden.text'), code: 'forbidden' });
	}
	// Input the API refused before running anything (a control character, a page too large): the
	// person's to fix, so a 400 page that says so, not a server error.
	if (code === 'BAD_USER_INPUT') {
		error(400, { message: t(locale, 'error.badInput.text'), code: 'bad_input' });
	}
	// One line, without the variables (they may hold what someone typed).
	console.error(`GraphQL operation failed: ${errors.map((e) => `${String(e.extensions?.['code'] ?? 'no code')}`).join(', ')}`);
	error(500, { message: t(locale, 'error.unexpected.text'), code: 'unexpected' });
}

export async function execute<TData, TVariables>(
	locals: App.Locals,
	op: Operation<TData, TVariables>,
	...variables: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TData> {
	const result = await locals.graphql(textOf(op), variables[0] as Record<string, unknown> | undefined);
	if (result.errors?.length) fail(locals.locale, result.errors);
	if (result.data == null) fail(locals.locale, [{ message: 'GraphQL result has no data' }]);
	return result.data as TData;
}

/** Errors a form can show as a sentence instead of an error page. */
export type RefusalCode = 'RATE_LIMITED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

/** A refusal as the form's error: `field` is '' (the page puts it where it belongs), `message`
 * is already in the reader's language. */
export interface Refusal extends FieldError {
	code: RefusalCode;
}

/**
 * Like `execute`, but the errors in `refusing` come back as a refusal with a sentence the form
 * shows (the server's own, already in the reader's language; for BAD_USER_INPUT ours), instead
 * of an error page. Queries that may be slowed refuse RATE_LIMITED only (the default); staff
 * mutations also refuse FORBIDDEN and NOT_FOUND (the complaint changed meanwhile).
 */
export async function executeOrRefuse<TData, TVariables>(
	locals: App.Locals,
	op: Operation<TData, TVariables>,
	variables: TVariables,
	refusing: readonly RefusalCode[] = ['RATE_LIMITED']
): Promise<{ data: TData; refusal?: undefined } | { data?: undefined; refusal: Refusal }> {
	const result = await locals.graphql(textOf(op), variables as Record<string, unknown>);
	const first = result.errors?.[0];
	const code = first?.extensions?.['code'];
	if (first && typeof code === 'string' && (refusing as readonly string[]).includes(code)) {
		const message = code === 'BAD_USER_INPUT' ? t(locals.locale, 'error.badInput.form') : first.message;
		return { refusal: { field: '', code: code as RefusalCode, message } };
	}
	if (result.errors?.length) fail(locals.locale, result.errors);
	if (result.data == null) fail(locals.locale, [{ message: 'GraphQL result has no data' }]);
	return { data: result.data as TData };
}
