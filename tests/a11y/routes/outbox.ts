// Route declaration for the offline outbox (/lapor/tertunda); routes.ts spreads it in. The list
// lives in the phone's IndexedDB: an init script of the state's page puts its items there before the page's
// own scripts run, and tells the page (the channel it listens on) once they are stored. Without
// JavaScript the page says the list needs it.
import { expect, type Page } from "@playwright/test";
import type { RouteDeclaration, ScriptOnly } from "../support/declaration.ts";
import { seedOutbox } from "../../support/outbox-seed.ts";

const listOnPhone: ScriptOnly = {
  text: /^(Laporan di ponsel ini|Tidak ada laporan yang menunggu dikirim\.|Tersimpan di ponsel|Laporan |Dibuat |Terkirim\.|PIN: |Belum terkirim: |Ikuti laporan |Hapus dari ponsel ini|Coba lagi|Kirim sekarang|\d+ laporan tertunda|:? ?(Lampu jalan mati di depan SD|Jalan berlubang di Pallangga|Air PDAM keruh)$)/,
  reason: "the offline outbox is kept in the phone's IndexedDB and read by the page's scripts; without them nothing is ever kept, and the page says the list needs JavaScript",
};

const reached = (text: RegExp) => async (page: Page) => {
  await expect(page.getByRole("heading", { level: 1, name: "Laporan tertunda di ponsel ini" })).toBeVisible();
  await expect(page.getByText(text).or(page.getByText(/hanya bisa dilihat di ponsel yang menyimpannya/)).first()).toBeVisible();
};

export const outboxRoutes: Record<string, RouteDeclaration> = {
  "/lapor/tertunda": {
    role: "anonymous",
    scriptOnly: [listOnPhone],
    states: {
      empty: {
        description: "nothing waits on this phone",
        reached: reached(/^Tidak ada laporan yang menunggu dikirim\.$/),
      },
      filled: {
        description: "one report kept on the phone waiting for a connection, one sent with its tracking code, PIN and link",
        before: ({ page }) =>
          seedOutbox(page, [
            { clientRequestId: "a11y-menunggu-0001", title: "Lampu jalan mati di depan SD", state: "waiting", lastError: null, trackingCode: null, pin: null },
            { clientRequestId: "a11y-terkirim-0002", title: "Jalan berlubang di Pallangga", state: "sent", lastError: null, trackingCode: "GWA-7K3P-9Q", pin: "AB12-CD34" },
          ]),
        reached: reached(/^Terkirim\. Kode lacak: GWA-7K3P-9Q$/),
      },
      errors: {
        description: "a report the server refused, with the reason, \"Coba lagi\" and \"Hapus dari ponsel ini\"",
        before: ({ page }) =>
          seedOutbox(page, [
            { clientRequestId: "a11y-gagal-0003", title: "Air PDAM keruh", state: "failed", lastError: "Pilih kecamatan tempat masalahnya.", trackingCode: null, pin: null },
          ]),
        reached: reached(/^Belum terkirim: Pilih kecamatan/),
      },
    },
  },
};
