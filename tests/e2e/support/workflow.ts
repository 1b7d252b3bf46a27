// Moves a complaint through the workflow over the public GraphQL API, signed in as the demo
// verifier and the demo officer of Dinas PUPR, like their browsers would.
import { expect, request as newRequest, type APIRequestContext } from "@playwright/test";
import { gql, signInOver } from "../../support/graphql-http.ts";

async function signedIn(baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await newRequest.newContext({ baseURL });
  await signInOver(api, email);
  return api;
}

const ACT = `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field message } complaint { status } } }`;

async function act(api: APIRequestContext, input: Record<string, unknown>): Promise<void> {
  const data = await gql<{ actOnComplaint: { errors: unknown[] } }>(api, ACT, { i: input });
  expect(data.actOnComplaint.errors).toEqual([]);
}

/** The complaint's id and an agency's id by short name, as the verifier sees them. */
async function lookUp(verifier: APIRequestContext, trackingCode: string) {
  const found = await gql<{ complaint: { id: string } | null; agencies: Array<{ id: string; shortName: string }> }>(
    verifier,
    `query($c: String!) { complaint(trackingCode: $c) { id } agencies { id shortName } }`,
    { c: trackingCode },
  );
  return { complaintId: found.complaint!.id, agencyId: (shortName: string) => found.agencies.find((a) => a.shortName === shortName)!.id };
}

/** Verified, sent to Dinas PUPR, and resolved with a public answer. */
export async function resolveComplaint(baseURL: string, trackingCode: string, answer: string): Promise<void> {
  const verifier = await signedIn(baseURL, "verifikator@demo.suara.id");
  const { complaintId, agencyId } = await lookUp(verifier, trackingCode);
  await act(verifier, { complaintId, action: "verify" });
  await act(verifier, { complaintId, action: "dispose", agencyId: agencyId("Dinas PUPR") });
  await verifier.dispose();
  const officer = await signedIn(baseURL, "petugas.pupr@demo.suara.id");
  await act(officer, { complaintId, action: "resolve", body: answer });
  await officer.dispose();
}

/** Verified, and (with an agency) sent to it with a message for the agency. */
export async function verifyComplaint(
  baseURL: string,
  trackingCode: string,
  dispose?: { agencyShortName: string; note: string },
): Promise<void> {
  const verifier = await signedIn(baseURL, "verifikator@demo.suara.id");
  const { complaintId, agencyId } = await lookUp(verifier, trackingCode);
  await act(verifier, { complaintId, action: "verify" });
  if (dispose) {
    await act(verifier, { complaintId, action: "dispose", agencyId: agencyId(dispose.agencyShortName), note: dispose.note });
  }
  await verifier.dispose();
}

/** Takes workflow actions in order over the API, each as the verifier or Dinas PUPR's officer. */
export async function moveComplaint(
  baseURL: string,
  trackingCode: string,
  steps: Array<{ as: "verifier" | "officer"; action: string; body?: string; note?: string }>,
): Promise<void> {
  const verifier = await signedIn(baseURL, "verifikator@demo.suara.id");
  const officer = await signedIn(baseURL, "petugas.pupr@demo.suara.id");
  const { complaintId, agencyId } = await lookUp(verifier, trackingCode);
  const pupr = agencyId("Dinas PUPR");
  for (const step of steps) {
    const extra = step.action === "dispose" ? { agencyId: pupr } : {};
    await act(step.as === "verifier" ? verifier : officer, { complaintId, action: step.action, body: step.body, note: step.note, ...extra });
  }
  await verifier.dispose();
  await officer.dispose();
}
