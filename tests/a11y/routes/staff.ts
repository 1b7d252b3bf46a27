// Route declarations for the staff pages (/kerja); routes.ts spreads them in.
import { expect, type APIRequestContext } from "@playwright/test";
import { createComplaintWithPhoto, unlikeAnyOther } from "../../e2e/support/factories.ts";
import { tinyPng } from "../../e2e/support/pages.ts";
import { asAccount, gql } from "../../support/graphql-http.ts";
import { errorSummaryShown, fillEverything, send } from "../support/acts.ts";
import { demoAccounts, notApplicable, type RouteDeclaration } from "../support/declaration.ts";

/** Runs one query as the demo agency officer. */
const asOfficer = <T>(request: APIRequestContext, query: string): Promise<T> =>
  asAccount(request, demoAccounts.agency, () => gql<T>(request, query));

export const staffRoutes: Record<string, RouteDeclaration> = {
  "/kerja": {
    role: "verifier",
    states: {
      empty: { description: "the verifier's queue as it opens: counts per status, the filter form and the table" },
      errors: notApplicable("the filter is made of choices with an 'all' default: nothing can be wrong"),
      filled: { description: "every filter chosen, not yet applied", act: fillEverything },
    },
  },

  "/kerja/[code]": {
    role: "verifier",
    params: async (request) => {
      // Unlike any other complaint, so its list of likely duplicates stays empty while other
      // tests file similar ones between the page's loads with and without JavaScript.
      const complaint = await createComplaintWithPhoto(request, {
        description: "Foto lubang di depan pasar",
        photo: tinyPng(40, 30),
        title: `Keluhan ${unlikeAnyOther(3)}`,
        story: `Warga melaporkan ${unlikeAnyOther(10)}.`,
        districtCode: "73.06.16",
      });
      return { code: complaint.trackingCode };
    },
    states: {
      empty: { description: "a new complaint with a photo for the verifier: details, the photo's thumbnail, reporter, timeline and a form per allowed action" },
      errors: {
        description: "'postpone' sent without a question: the error summary and the field error",
        act: send("Tunda dan kirim pertanyaan"),
        reached: errorSummaryShown,
      },
      filled: { description: "every field of every action form filled, nothing sent", act: fillEverything },
    },
    moreStates: {
      confirm: {
        description: "'reject' sent with a reason: the page asks 'Yakin tolak laporan ini?' before rejecting",
        act: async (page) => {
          const reject = page.getByRole("region", { name: "Tolak", exact: true });
          await reject.getByLabel("Alasan penolakan").selectOption({ label: "Bukan laporan (spam)" });
          await reject.getByRole("button", { name: "Tolak laporan" }).click();
        },
        reached: async (page) => {
          await expect(page.getByRole("group", { name: "Yakin tolak laporan ini?" })).toBeVisible();
        },
      },
    },
  },

  "/kerja/templat": {
    role: "agency",
    states: {
      empty: { description: "Dinas PUPR's answer templates and the form for a new one" },
      errors: { description: "the new-template form sent empty", act: send("Simpan templat"), reached: errorSummaryShown },
      filled: {
        description: "a new template typed, not yet saved",
        act: async (page) => {
          await page.getByLabel("Judul templat").fill("Perbaikan menunggu anggaran");
          await page.getByLabel("Isi jawaban").fill("Perbaikan menunggu anggaran tahun depan. Terima kasih atas kesabaran Anda.");
        },
      },
    },
  },

  "/kerja/templat/[id]": {
    role: "agency",
    params: async (request) => {
      const data = await asOfficer<{ responseTemplates: { id: string }[] }>(request, `{ responseTemplates { id } }`);
      const first = data.responseTemplates[0];
      expect(first, "the demo data seeds Dinas PUPR's templates").toBeTruthy();
      return { id: first!.id };
    },
    states: {
      empty: { description: "one template, ready to change or delete" },
      errors: {
        description: "delete pressed without ticking the confirmation",
        act: send("Hapus templat"),
        reached: errorSummaryShown,
      },
      filled: {
        description: "the text changed and the delete box ticked, nothing sent",
        act: async (page) => {
          await page.getByLabel("Isi jawaban").fill("Isi jawaban yang baru.");
          await page.getByLabel("Ya, hapus templat ini").check();
        },
      },
    },
  },
};
