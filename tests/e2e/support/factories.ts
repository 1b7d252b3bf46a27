// Small factories that make data through the public GraphQL API, like a client would.
import { expect, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, demoEmail } from "../../support/demo.ts";
import { asAccount, gql } from "../../support/graphql-http.ts";
import { mailboxURL } from "./ports.ts";
import { assistedAnswers, saveAssistedDraft } from "../../support/assisted.ts";

export type CreatedComplaint = { trackingCode: string; accessSecret: string; title: string };

let counter = 0;

export async function createComplaint(
  request: APIRequestContext,
  overrides: Record<string, unknown> = {},
): Promise<CreatedComplaint> {
  counter += 1;
  const title = `Jalan berlubang di depan pasar ${Date.now()}-${counter}`;
  const input = {
    kind: "PENGADUAN",
    title,
    story: "Lubang besar di tengah jalan. Sudah dua motor jatuh minggu ini.",
    districtCode: "73.06.08",
    privacy: "PUBLIC",
    ...overrides,
  };
  const response = await request.post("/graphql", {
    data: {
      query: `mutation($input: SubmitComplaintInput!) {
        submitComplaint(input: $input) { complaint { trackingCode title } accessSecret errors { field message } }
      }`,
      variables: { input },
    },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as {
    data?: {
      submitComplaint: {
        complaint: { trackingCode: string; title: string } | null;
        accessSecret: string | null;
        errors: Array<{ field: string; message: string }>;
      };
    };
    errors?: unknown;
  };
  const payload = body.data?.submitComplaint;
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(payload?.errors).toEqual([]);
  return {
    trackingCode: payload!.complaint!.trackingCode,
    accessSecret: payload!.accessSecret!,
    title: payload!.complaint!.title,
  };
}

export const demoVerifier = { email: demoEmail.verifier, password: DEMO_PASSWORD };

/**
 * A complaint filed the way the filing files one, with one photo and its description: the
 * photo is uploaded to this request context's draft, then the draft is filed.
 */
export async function createComplaintWithPhoto(
  request: APIRequestContext,
  options: { privacy?: "PUBLIC" | "ANONYMOUS" | "CONFIDENTIAL"; description?: string; photo: Buffer; story?: string; title?: string; districtCode?: string },
): Promise<CreatedComplaint> {
  counter += 1;
  const title = options.title ?? `Jalan berlubang dengan foto ${Date.now()}-${counter}`;
  const uploaded = await request.post("/unggah", {
    headers: { accept: "application/json" },
    multipart: {
      keterangan: options.description ?? "",
      foto: { name: "lubang.png", mimeType: "image/png", buffer: options.photo },
    },
  });
  expect(uploaded.ok(), await uploaded.text()).toBe(true);
  const answers = {
    kind: "PENGADUAN",
    title,
    story: options.story ?? "Lubang besar di tengah jalan. Sudah dua motor jatuh minggu ini.",
    districtCode: options.districtCode ?? "73.06.08",
    privacy: options.privacy ?? "PUBLIC",
  };
  const saved = await request.post("/graphql", {
    data: {
      query: `mutation($input: SaveDraftInput!) { saveDraft(input: $input) { errors { field } } }`,
      variables: { input: { step: "periksa", answers, check: [] } },
    },
  });
  expect(saved.ok()).toBe(true);
  const filed = await request.post("/graphql", {
    data: {
      query: `mutation($id: String) { submitDraft(clientRequestId: $id) {
        accessSecret errors { field message } complaint { trackingCode title } } }`,
      variables: { id: `photo-${Date.now()}-${counter}` },
    },
  });
  const body = (await filed.json()) as {
    data: { submitDraft: { accessSecret: string; errors: unknown[]; complaint: { trackingCode: string; title: string } } };
  };
  expect(body.data.submitDraft.errors).toEqual([]);
  return { trackingCode: body.data.submitDraft.complaint.trackingCode, accessSecret: body.data.submitDraft.accessSecret, title };
}

let residents = 0;

/**
 * A new resident account of the test's own, made through the API and signed in on this request
 * context (and so in the browser context it belongs to): a test that changes a person's settings
 * starts from the defaults however often it runs. Signing up takes the code from the e-mail, read
 * from the test mail server as the person would read it in their inbox.
 */
export async function signUpResident(request: APIRequestContext, name = "Ibu Rahma"): Promise<{ email: string }> {
  residents += 1;
  const email = `warga.${Date.now()}.${residents}.${Math.random().toString(36).slice(2, 7)}@contoh.id`;
  const asked = await gql<{ signUp: { errors: unknown[] } }>(request, `mutation($i: SignUpInput!) { signUp(input: $i) { errors { field message } } }`, {
    i: { name, email, password: "kata sandi panjang sekali" },
  });
  expect(asked.signUp.errors).toEqual([]);
  const code = await codeMailedTo(request, email);
  const done = await gql<{ confirmSignUp: { errors: unknown[] } }>(
    request,
    `mutation($c: String, $k: String) { confirmSignUp(input: { contact: $c, code: $k }) { errors { field message } } }`,
    { c: email, k: code },
  );
  expect(done.confirmSignUp.errors).toEqual([]);
  return { email };
}

/** The six-digit code in the newest e-mail the test mail server received for `email`. */
export async function codeMailedTo(request: APIRequestContext, email: string): Promise<string> {
  let code: string | null = null;
  await expect(async () => {
    const response = await request.get(`${mailboxURL}/surat?to=${encodeURIComponent(email)}`);
    const mail = (await response.json()) as { text: string }[];
    code = /\b(\d{6})\b/.exec(mail.at(-1)?.text ?? "")?.[1] ?? null;
    expect(code, `a code mailed to ${email}`).not.toBeNull();
  }).toPass({ timeout: 20_000 });
  return code!;
}

let sahabatMade = 0;

/**
 * A new sahabat account of the test's own for one kecamatan, made by the demo administrator
 * through the API: a test that changes a sahabat's public entry leaves the demo sahabat's alone.
 */
export async function createSahabat(request: APIRequestContext, regionCode: string, name: string): Promise<{ email: string; password: string }> {
  sahabatMade += 1;
  const email = `sahabat.${Date.now()}.${sahabatMade}.${Math.random().toString(36).slice(2, 7)}@contoh.id`;
  const password = "kata sandi panjang sekali";
  await asAccount(request, demoEmail.admin, async () => {
    const made = await gql<{ createStaffAccount: { errors: unknown[]; user: { id: string } | null } }>(
      request,
      `mutation($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { errors { field message } user { id } } }`,
      { i: { name, email, password } },
    );
    expect(made.createStaffAccount.errors).toEqual([]);
    const granted = await gql<{ grantRole: { errors: unknown[] } }>(
      request,
      `mutation($i: GrantRoleInput!) { grantRole(input: $i) { errors { field message } } }`,
      { i: { userId: made.createStaffAccount.user!.id, role: "SAHABAT", regionCode } },
    );
    expect(granted.grantRole.errors).toEqual([]);
  });
  return { email, password };
}

/**
 * A sahabat's filing for a resident (Daeng Sikki, anonymous, news through the sahabat) answered up
 * to the consent step on this request context's device, any earlier draft forgotten. The context
 * must be signed in as a sahabat.
 */
export async function beginAssistedFiling(
  request: APIRequestContext,
  options: { districtCode?: string; title?: string; story?: string; landmark?: string } = {},
): Promise<void> {
  const response = await request.post("/graphql", { data: { query: saveAssistedDraft, variables: { answers: assistedAnswers(options) } } });
  expect(response.ok(), await response.text()).toBe(true);
  expect((await response.json()).data.saveDraft.errors).toEqual([]);
}

/**
 * Words no other complaint shares (random syllables): a complaint made with them has no likely
 * duplicates, so a page listing them looks the same however many similar ones other tests file.
 */
export function unlikeAnyOther(words: number): string {
  const consonants = "bcdfghjklmnprstw";
  const vowels = "aiueo";
  const syllable = () => consonants[Math.floor(Math.random() * consonants.length)]! + vowels[Math.floor(Math.random() * vowels.length)]!;
  return Array.from({ length: words }, () => syllable() + syllable() + syllable()).join(" ");
}
