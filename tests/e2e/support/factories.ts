// Small factories that make data through the public GraphQL API, like a client would.
import { expect, type APIRequestContext } from "@playwright/test";

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

export const demoVerifier = { email: "verifikator@demo.suara.id", password: "suara-demo-2026" };
