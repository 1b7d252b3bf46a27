// Every start-up sentence exists in both languages and carries the detail it was given.
import { describe, expect, it } from "vitest";
import { StartupError, startupMessages } from "./startup.ts";

type Name = keyof typeof startupMessages;
// Typed so that a new message without a sample here fails `tsc`.
const SAMPLES: { [K in Name]: Parameters<(typeof startupMessages)[K]> } = {
  envInvalid: ["PORT: must be a number"],
  portInUse: [3917],
  dataFolderBusy: ["/srv/suara/data", 4242],
  dataFolderBroken: ["/srv/suara/data", "PG_VERSION missing"],
  databaseUnreachable: ["db.gowakab.go.id:5432", "ECONNREFUSED"],
  migrationFailed: ["20260801_init", "relation exists"],
  migrationsPending: [7],
  webNotBuilt: ["/srv/suara/web/build"],
};

describe("startupMessages", () => {
  it("every message has a sample below", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(startupMessages).sort());
  });

  it.each(Object.entries(SAMPLES) as Array<[Name, unknown[]]>)("%s(%j) gives non-empty id and en with the details", (name, args) => {
    const message = (startupMessages[name] as (...a: unknown[]) => { id: string; en: string })(...args);
    expect(Object.keys(message).sort()).toEqual(["en", "id"]);
    expect(message.id.trim()).not.toBe("");
    expect(message.en.trim()).not.toBe("");
    expect(message.id).not.toBe(message.en);
    for (const arg of args) {
      expect(message.id).toContain(String(arg));
      expect(message.en).toContain(String(arg));
    }
  });
});

describe("StartupError", () => {
  it("carries both sentences, Indonesian first", () => {
    const error = new StartupError(startupMessages.portInUse(3000));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("StartupError");
    expect(error.text).toEqual(startupMessages.portInUse(3000));
    expect(error.message).toBe(`${error.text.id}\n${error.text.en}`);
  });
});
