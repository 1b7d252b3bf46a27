// GraphQL over HTTP for the browser tests, through a Playwright request context: a browser
// context's own (`context.request`, sharing its cookies, so a sign-in here signs the browser in)
// or a stand-alone one. The API tests use tests/support/server.ts instead, in-process.
import { expect, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./demo.ts";
import { finishSignIn } from "./second-factor.ts";

/** Runs one operation and returns its data; fails the test on an HTTP or GraphQL error. */
export async function gql<T = Record<string, unknown>>(
  api: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await api.post("/graphql", { data: { query, variables } });
  expect(response.ok(), `${response.status()} from /graphql`).toBe(true);
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** Signs the request context (and the browser context it belongs to) in as a demo account. */
/** `now` is the server's clock, for a server of a test's own whose clock the test moves. */
export async function signInOver(api: APIRequestContext, email: string, password = DEMO_PASSWORD, now?: () => Date): Promise<void> {
  const data = await gql<{ signIn: { next: string | null; errors: Array<{ message: string }> } }>(
    api,
    `mutation SignIn($email: String, $password: String) { signIn(input: { email: $email, password: $password }) { next errors { message } } }`,
    { email, password },
  );
  expect(data.signIn.errors, `signing in as ${email}`).toEqual([]);
  // Staff give the authenticator code (demo accounts) or enrol one (accounts a test made).
  await finishSignIn((query, variables) => gql(api, query, variables), "e2e", email, data.signIn.next, now);
}

/**
 * Runs `work` signed in as `email` on a shared request context, then signs out again, so the
 * context is left as anonymous as it was.
 */
export async function asAccount<T>(api: APIRequestContext, email: string, work: () => Promise<T>): Promise<T> {
  await signInOver(api, email);
  try {
    return await work();
  } finally {
    await gql(api, `mutation SignOut { signOut }`);
  }
}
