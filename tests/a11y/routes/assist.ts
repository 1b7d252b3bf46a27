// Route declarations for "Lapor untuk warga": the start page and the consent step, as the demo
// sahabat. (The receipt of an assisted filing is a state of /lapor/terkirim/[code], in
// filing.ts.) routes.ts spreads them in.
import { expect, type BrowserContext } from "@playwright/test";
import { errorSummaryShown, send } from "../support/acts.ts";
import { notApplicable, type RouteDeclaration } from "../support/declaration.ts";
import { beginAssistedFiling } from "../../e2e/support/factories.ts";
import { tinyPng } from "../../e2e/support/pages.ts";


/** A filing for a resident answered up to the consent step, on this browser's device cookie. */
async function assistedDraft({ context }: { context: BrowserContext }) {
  await beginAssistedFiling(context.request, {
    story: "Sudah sebulan pipa bocor. Air tidak sampai ke ujung dusun.",
    landmark: "Dekat sumur umum",
  });
}

/** The same, with the photo of the consent slip the resident signed. */
async function assistedDraftWithSlip({ context }: { context: BrowserContext }) {
  await assistedDraft({ context });
  const uploaded = await context.request.post("/unggah", {
    headers: { accept: "application/json" },
    multipart: { tujuan: "slip", foto: { name: "slip.png", mimeType: "image/png", buffer: tinyPng(60, 80, [230, 225, 210]) } },
  });
  expect(uploaded.ok(), await uploaded.text()).toBe(true);
}

export const assistRoutes: Record<string, RouteDeclaration> = {
  "/lapor/untuk-warga": {
    role: "sahabat",
    states: {
      empty: { description: "what filing for a resident means, and the start button" },
      errors: notApplicable("one button and no fields: nothing to get wrong"),
      filled: { description: "a filing for a resident left unfinished on this device: carry on or start another", before: assistedDraft },
    },
  },
  "/lapor/persetujuan": {
    role: "sahabat",
    states: {
      empty: { description: "the read-back script of every answer and who sees what, consent not yet recorded", before: assistedDraft },
      errors: {
        description: "sent without saying how the resident agreed nor ticking the read-back",
        before: assistedDraft,
        act: send("Lanjutkan"),
        reached: errorSummaryShown,
      },
      filled: {
        description: "a thumbprint, the read-back ticked, a note and the slip's photo (its thumbnail and remove button), not yet sent",
        before: assistedDraftWithSlip,
        act: async (page) => {
          await page.getByRole("radio", { name: "Cap jempol" }).check();
          await page.getByLabel(/^Saya sudah membacakan laporan ini kepada warga/).check();
          await page.getByLabel(/^Catatan tentang persetujuan/).fill("Dibacakan dalam bahasa Makassar");
        },
      },
    },
  },
};
