// Route declarations for one area of the app; routes.ts spreads them in.
// "Who is being served": the optional questions about the reporter after filing (their ticket is
// in the receipt's cookie, as the filing puts it), and deleting the answers with the receipt's
// code. The receipt's own states with the offer and with the code are in filing.ts.
import type { APIRequestContext, BrowserContext } from "@playwright/test";
import { gql } from "../../support/graphql-http.ts";
import { errorSummaryShown, fillEverything, send } from "../support/acts.ts";
import type { Params, RouteDeclaration } from "../support/declaration.ts";
import { expect } from "@playwright/test";

let filed = 0;

/** A complaint filed over the API with the ticket the filing hands out for the questions. */
export async function complaintWithTicket(request: APIRequestContext): Promise<{ code: string; secret: string; ticket: string }> {
  filed += 1;
  const { submitComplaint } = await gql<{ submitComplaint: { complaint: { trackingCode: string }; accessSecret: string; inclusionTicket: string } }>(
    request,
    `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { trackingCode } accessSecret inclusionTicket errors { message } } }`,
    { i: { kind: "PENGADUAN", title: `Lampu jalan mati ${Date.now()}-${filed}`, story: "Sudah dua minggu gelap di depan sekolah.", districtCode: "73.06.08", privacy: "PUBLIC" } },
  );
  return { code: submitComplaint.complaint.trackingCode, secret: submitComplaint.accessSecret, ticket: submitComplaint.inclusionTicket };
}

/** The cookies the filing sets on the receipt's path (and so on its questions page below it). */
export async function receiptCookies(context: BrowserContext, baseURL: string, code: string, cookies: Record<string, string>) {
  const where = { domain: new URL(baseURL).hostname, path: `/lapor/terkirim/${code}`, httpOnly: true, sameSite: "Lax" as const };
  await context.addCookies(Object.entries(cookies).map(([name, value]) => ({ name, value, ...where })));
}

/** The ticket cookie of the complaint named `key` in the params. */
const withTicket = (key: string) => async ({ context, params, baseURL }: { context: BrowserContext; params: Params; baseURL: string }) => {
  const code = params[`${key}Code`]!;
  await receiptCookies(context, baseURL, code, { [`pin_${code}`]: params[`${key}Secret`]!, [`tiket_${code}`]: params[`${key}Ticket`]! });
};

const questionsShown = async (page: import("@playwright/test").Page) => {
  await expect(page.getByRole("heading", { level: 1, name: "Pertanyaan tentang Anda" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Kirim jawaban" })).toBeVisible();
};

export const inclusionRoutes: Record<string, RouteDeclaration> = {
  "/lapor/terkirim/[code]/tentang-anda": {
    role: "anonymous",
    params: async (request) => {
      const open = await complaintWithTicket(request);
      // One whose ticket was used already (answered in another tab): sending says so.
      const spent = await complaintWithTicket(request);
      await gql(request, `mutation($i: InclusionAnswersInput!) { answerInclusionQuestions(input: $i) { errors { code } } }`, { i: { ticket: spent.ticket, gender: "FEMALE" } });
      return {
        code: open.code, openCode: open.code, openSecret: open.secret, openTicket: open.ticket,
        spentCode: spent.code, spentSecret: spent.secret, spentTicket: spent.ticket,
      };
    },
    states: {
      empty: { description: "the questions as they open: why, six difficulties, age and gender, none answered", before: withTicket("open"), reached: questionsShown },
      errors: {
        description: "sent with a ticket spent meanwhile: the summary says so, the answers kept",
        path: (p) => `/lapor/terkirim/${p["spentCode"]}/tentang-anda`,
        before: withTicket("spent"),
        act: async (page) => {
          await page.getByRole("main").getByRole("radio", { name: "Sedikit kesulitan" }).first().check();
          await send("Kirim jawaban")(page);
        },
        reached: errorSummaryShown,
      },
      filled: { description: "an answer chosen for every question, not yet sent", before: withTicket("open"), act: fillEverything },
    },
    moreStates: {
      gone: {
        description: "opened without the ticket (answered, skipped or a day gone): said plainly, with the way back to the receipt",
        reached: async (page) => {
          await expect(page.getByText(/sudah dijawab atau dilewati/)).toBeVisible();
        },
      },
    },
  },

  "/hapus-jawaban": {
    role: "anonymous",
    states: {
      empty: { description: "the deletion code field and its button" },
      errors: { description: "sent empty", act: send("Hapus jawaban"), reached: errorSummaryShown },
      filled: {
        description: "a code typed, not yet sent",
        act: async (page) => {
          await page.locator("#deletionToken").fill("ABCD-EFGH-JKMN");
        },
      },
    },
    moreStates: {
      done: {
        description: "after deleting: a plain sentence that the answers are gone and the report is not",
        path: () => "/hapus-jawaban?terhapus=1",
        reached: async (page) => {
          await expect(page.getByText("Jawaban Anda sudah dihapus.", { exact: false })).toBeVisible();
        },
      },
    },
  },
};
