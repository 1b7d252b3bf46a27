import { describe, expect, it } from "vitest";
import { allowedChannels, deliversOutside, mayDeliver, mayReach, NOTIFICATION_CHANNELS, type NotificationChannel, OUTSIDE_CHANNELS } from "./practice.ts";

describe("channels of a notification", () => {
  it.each([
    [false, NOTIFICATION_CHANNELS],
    [true, ["IN_APP", "LIVE"]],
  ] as const)("practice %s: %j", (practice, channels) => {
    expect(allowedChannels(practice)).toEqual(channels);
  });

  const table: [NotificationChannel, boolean, boolean][] = [
    // channel, real, practice
    ["IN_APP", true, true],
    ["LIVE", true, true],
    ["PUSH", true, false],
    ["SMS", true, false],
    ["EMAIL", true, false],
    ["SAHABAT_TASK", true, false],
  ];
  it.each(table)("%s: real %s, practice %s", (channel, real, practice) => {
    expect(mayDeliver(false, channel)).toBe(real);
    expect(mayDeliver(true, channel)).toBe(practice);
  });

  it("no channel that leaves the service is open to practice", () => {
    for (const channel of OUTSIDE_CHANNELS) expect(mayDeliver(true, channel)).toBe(false);
    expect(deliversOutside(true)).toBe(false);
    expect(deliversOutside(false)).toBe(true);
  });
});

describe("who hears of a practice complaint", () => {
  const table: [string, Parameters<typeof mayReach>[1], boolean, boolean][] = [
    // recipient, real, practice
    ["reporter with an account", { kind: "user", via: "reporter" }, true, true],
    ["reporter by SMS or e-mail", { kind: "contact", via: "reporter" }, true, false],
    ["sahabat who filed or relays", { kind: "user", via: "sahabat" }, true, false],
    ["follower of this complaint", { kind: "user", via: "follow", followsComplaint: true }, true, true],
    ["staff following the kecamatan or category", { kind: "user", via: "follow", followsComplaint: false }, true, false],
    ["contact follower of this complaint", { kind: "contact", via: "follow", followsComplaint: true }, true, false],
  ];
  it.each(table)("%s: real %s, practice %s", (_name, recipient, real, practice) => {
    expect(mayReach(false, recipient)).toBe(real);
    expect(mayReach(true, recipient)).toBe(practice);
  });
});
