/// <reference types="@sveltejs/adapter-node" />
// Types shared by the whole web app. The GraphQL bridge types mirror what server/src/main.ts attaches
// to each Node request; they are declared here because web/ never imports from server/.

/** One GraphQL error as the in-process executor returns it. */
interface SuaraGraphQLError {
	message: string;
	extensions?: Record<string, unknown>;
}

/** The result of executing one GraphQL operation in-process. */
interface SuaraExecutionResult {
	// The shape depends on the document; lib/graphql.ts narrows it per operation.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	data?: any;
	errors?: ReadonlyArray<SuaraGraphQLError>;
}

/** What the Node server attaches to each request as `req.suara`. */
interface SuaraBridge {
	execute(document: string, variables?: Record<string, unknown>): Promise<SuaraExecutionResult>;
	/** Set-Cookie header values produced while executing (session cookie on signIn/signOut). */
	takeCookies(): string[];
}

declare module 'http' {
	interface IncomingMessage {
		suara?: SuaraBridge;
	}
}

declare global {
	/** The address of the plain pages' script (web/plain-script.ts). */
	const __PLAIN_SCRIPT__: string;
	/** The plain script's parts, by name (web/plain-script.ts). */
	const __PLAIN_FEATURES__: Record<import('$lib/plain/features').PlainFeature, string>;
	namespace App {
		interface Error {
			message: string;
			/** A stable code for the error page to pick its wording (e.g. "complaint_not_found"). */
			code?: string;
		}
		interface Locals {
			locale: import('$lib/i18n').Locale;
			/** Display settings from cookies (theme, text size, motion, easy-read); see lib/settings. */
			settings: import('$lib/settings').DisplaySettings;
			graphql: (
				document: string,
				variables?: Record<string, unknown>
			) => Promise<SuaraExecutionResult>;
		}
		// App.Platform (with `req: http.IncomingMessage`) comes from @sveltejs/adapter-node.
	}
}

export {};
