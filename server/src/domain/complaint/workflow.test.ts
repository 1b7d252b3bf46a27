// Every (status, action, actor) triple: the allowed ones are written out below as the spec;
// every other triple must be refused, with "wrong_status" when the action does not apply to
// that status at all and "not_allowed" when it does but not for that actor.
import { describe, expect, it } from "vitest";
import { STATUSES, type Status } from "./status.ts";
import { ACTION_INPUTS, ACTIONS, type Action, type ActionInput, type Actor, availableActions, canTransition, isPrimary, WORKFLOW } from "./workflow.ts";

const ACTORS: Actor[] = ["VERIFIER", "AGENCY", "REPORTER", "ADMINISTRATOR", "SYSTEM"];

// [status, action, actor, resulting status]
const ALLOWED: [Status, Action, Actor, Status][] = [
  ["SUBMITTED", "verify", "VERIFIER", "VERIFIED"],
  ["SUBMITTED", "verify", "ADMINISTRATOR", "VERIFIED"],
  ["SUBMITTED", "postpone", "VERIFIER", "POSTPONED"],
  ["SUBMITTED", "postpone", "ADMINISTRATOR", "POSTPONED"],
  ["VERIFIED", "postpone", "VERIFIER", "POSTPONED"],
  ["VERIFIED", "postpone", "ADMINISTRATOR", "POSTPONED"],
  ["POSTPONED", "resume", "REPORTER", "SUBMITTED"],
  ["POSTPONED", "resume", "VERIFIER", "SUBMITTED"],
  ["POSTPONED", "resume", "ADMINISTRATOR", "SUBMITTED"],
  ...(["SUBMITTED", "VERIFIED", "POSTPONED", "NOT_OUR_AUTHORITY"] as const).flatMap((s) =>
    (["VERIFIER", "ADMINISTRATOR"] as const).map((a) => [s, "markOutOfScope", a, "OUT_OF_SCOPE"] as [Status, Action, Actor, Status]),
  ),
  ...(["SUBMITTED", "VERIFIED", "POSTPONED"] as const).flatMap((s) =>
    (["VERIFIER", "ADMINISTRATOR"] as const).flatMap((a) => [
      [s, "reject", a, "REJECTED"] as [Status, Action, Actor, Status],
      [s, "archive", a, "ARCHIVED"] as [Status, Action, Actor, Status],
    ]),
  ),
  ["VERIFIED", "dispose", "VERIFIER", "DISPOSED"],
  ["VERIFIED", "dispose", "ADMINISTRATOR", "DISPOSED"],
  ["NOT_OUR_AUTHORITY", "dispose", "VERIFIER", "DISPOSED"],
  ["NOT_OUR_AUTHORITY", "dispose", "ADMINISTRATOR", "DISPOSED"],
  ["DISPOSED", "acknowledge", "AGENCY", "DISPOSED"],
  ["DISPOSED", "postFollowUp", "AGENCY", "IN_PROGRESS"],
  ["IN_PROGRESS", "postFollowUp", "AGENCY", "IN_PROGRESS"],
  ...(["SUBMITTED", "VERIFIED", "POSTPONED", "DISPOSED", "IN_PROGRESS", "NOT_OUR_AUTHORITY", "RESOLVED"] as const).flatMap((s) =>
    (["VERIFIER", "AGENCY", "ADMINISTRATOR"] as const).map((a) => [s, "addNote", a, s] as [Status, Action, Actor, Status]),
  ),
  ["DISPOSED", "markInProgress", "AGENCY", "IN_PROGRESS"],
  ["DISPOSED", "resolve", "AGENCY", "RESOLVED"],
  ["IN_PROGRESS", "resolve", "AGENCY", "RESOLVED"],
  ["DISPOSED", "returnNotOurAuthority", "AGENCY", "NOT_OUR_AUTHORITY"],
  ["IN_PROGRESS", "returnNotOurAuthority", "AGENCY", "NOT_OUR_AUTHORITY"],
  ["RESOLVED", "reopen", "REPORTER", "IN_PROGRESS"],
  ["RESOLVED", "close", "REPORTER", "CLOSED"],
  ["RESOLVED", "close", "SYSTEM", "CLOSED"],
];

const key = (s: string, a: string, r: string) => `${s}/${a}/${r}`;
const allowed = new Map(ALLOWED.map(([s, a, r, to]) => [key(s, a, r), to]));

const triples = STATUSES.flatMap((status) => ACTIONS.flatMap((action) => ACTORS.map((actor) => [status, action, actor] as const)));

describe("the transition table", () => {
  it("covers every triple", () => expect(triples).toHaveLength(11 * 15 * 5));

  it.each(triples)("%s · %s · %s", (status, action, actor) => {
    const result = canTransition(status, action, [actor]);
    const to = allowed.get(key(status, action, actor));
    if (to) {
      expect(result).toEqual({ ok: true, to });
    } else {
      const appliesToStatus = (WORKFLOW[action].from as readonly Status[]).includes(status);
      expect(result).toEqual({ ok: false, reason: appliesToStatus ? "not_allowed" : "wrong_status" });
    }
  });

  it("lets nothing move a complaint out of a final status", () => {
    for (const status of ["CLOSED", "OUT_OF_SCOPE", "REJECTED", "ARCHIVED"] as const) {
      expect(availableActions(status, ACTORS)).toEqual([]);
    }
  });

  it.each([
    ["SUBMITTED", ["VERIFIER"], ["verify", "postpone", "markOutOfScope", "addNote", "reject", "archive"]],
    ["VERIFIED", ["VERIFIER"], ["dispose", "postpone", "markOutOfScope", "addNote", "reject", "archive"]],
    ["POSTPONED", ["VERIFIER"], ["resume", "markOutOfScope", "addNote", "reject", "archive"]],
    ["NOT_OUR_AUTHORITY", ["VERIFIER"], ["dispose", "markOutOfScope", "addNote"]],
    ["DISPOSED", ["AGENCY"], ["acknowledge", "postFollowUp", "markInProgress", "resolve", "returnNotOurAuthority", "addNote"]],
    ["IN_PROGRESS", ["AGENCY"], ["postFollowUp", "resolve", "returnNotOurAuthority", "addNote"]],
    ["RESOLVED", ["REPORTER"], ["close", "reopen"]],
    ["IN_PROGRESS", ["REPORTER"], []],
    ["DISPOSED", ["VERIFIER", "AGENCY"], ["acknowledge", "postFollowUp", "markInProgress", "resolve", "returnNotOurAuthority", "addNote"]],
  ] as const)("offers %s to %j exactly %j", (status, actors, actions) => {
    expect(availableActions(status, actors)).toEqual(actions);
  });
});

// Who reads what each action writes, decided once here (the staff page tells the person typing):
// [action, who sees the entry, who reads its note (null: it takes none)]. Written from the rules.
const AUDIENCES: [Action, "PUBLIC" | "PARTIES" | "STAFF", "PUBLIC" | "PARTIES" | "STAFF" | null][] = [
  ["verify", "PUBLIC", null],
  ["postpone", "PARTIES", "PARTIES"], // what the reporter must add
  ["resume", "PARTIES", "PARTIES"],
  ["markOutOfScope", "PUBLIC", "PARTIES"], // where to go instead, for the reporter; before verification
  ["reject", "PARTIES", "PARTIES"],
  ["archive", "PARTIES", "PARTIES"],
  ["dispose", "PUBLIC", "STAFF"], // which agency and when are public; the message to the agency is not
  ["acknowledge", "PUBLIC", null],
  ["postFollowUp", "PUBLIC", "PUBLIC"], // the agency's public answer
  ["addNote", "STAFF", "STAFF"],
  ["markInProgress", "PUBLIC", null],
  ["resolve", "PUBLIC", "PUBLIC"],
  ["returnNotOurAuthority", "STAFF", "STAFF"],
  ["reopen", "PARTIES", "PARTIES"], // the reporter's words
  ["close", "PUBLIC", "PARTIES"],
];

describe("every action's note has a deliberate audience", () => {
  it("lists every action once", () => expect(AUDIENCES.map(([a]) => a).sort()).toEqual([...ACTIONS].sort()));

  it.each(AUDIENCES)("%s: entry for %s, note for %s", (action, event, note) => {
    expect(WORKFLOW[action].eventAudience).toBe(event);
    expect(WORKFLOW[action].noteAudience).toBe(note);
  });

  const ORDER = ["PUBLIC", "PARTIES", "STAFF"];
  it.each(ACTIONS)("%s: the note is never read more widely than the entry is seen", (action) => {
    const { eventAudience, noteAudience, needs } = WORKFLOW[action];
    if (noteAudience) expect(ORDER.indexOf(noteAudience)).toBeGreaterThanOrEqual(ORDER.indexOf(eventAudience));
    // An action that needs a note or an answer must say who reads it.
    if (needs.includes("note") || needs.includes("body")) expect(noteAudience).not.toBeNull();
  });
});

// How pages present the actions: in the table's order, one usual next step per status (the
// primary button), and the ones that end a complaint without an answer set apart.
describe("the presentation columns", () => {
  const withActions = STATUSES.filter((status) => availableActions(status, ACTORS).length > 0);

  it.each(withActions)("%s has exactly one primary action, and it applies there", (status) => {
    const primaries = ACTIONS.filter((action) => isPrimary(action, status));
    expect(primaries).toHaveLength(1);
    expect(WORKFLOW[primaries[0]!].from).toContain(status);
    expect(WORKFLOW[primaries[0]!].destructive).toBe(false);
  });

  it.each(STATUSES.filter((s) => !withActions.includes(s)))("%s, where nothing can happen, has no primary action", (status) => {
    expect(ACTIONS.filter((action) => isPrimary(action, status))).toEqual([]);
  });

  it.each<[Status, Action]>([
    ["SUBMITTED", "verify"],
    ["VERIFIED", "dispose"],
    ["POSTPONED", "resume"],
    ["NOT_OUR_AUTHORITY", "dispose"],
    ["DISPOSED", "acknowledge"],
    ["IN_PROGRESS", "postFollowUp"],
    ["RESOLVED", "close"],
  ])("in %s the usual next step is %s, offered first to whoever may take it", (status, action) => {
    expect(isPrimary(action, status)).toBe(true);
    const takers = ACTORS.filter((actor) => canTransition(status, action, [actor]).ok);
    for (const actor of takers) expect(availableActions(status, [actor])[0]).toBe(action);
  });

  it.each(ACTIONS.map((a) => [a, a === "reject" || a === "archive"] as const))("%s is destructive: %s", (action, destructive) => {
    expect(WORKFLOW[action].destructive).toBe(destructive);
  });

  it("gives every action its own place in the order, destructive ones last", () => {
    const orders = ACTIONS.map((a) => WORKFLOW[a].order);
    expect(new Set(orders).size).toBe(ACTIONS.length);
    const lastSafe = Math.max(...ACTIONS.filter((a) => !WORKFLOW[a].destructive).map((a) => WORKFLOW[a].order));
    for (const a of ACTIONS.filter((x) => WORKFLOW[x].destructive)) expect(WORKFLOW[a].order).toBeGreaterThan(lastSafe);
  });
});

// The inputs each action's form offers, written out as the spec: the staff page builds its forms
// and links field errors from this column, so a new action's inputs are added here, not in a page.
describe("the inputs of each action", () => {
  const INPUTS: [Action, ActionInput[]][] = [
    ["verify", ["title", "kind", "categoryId"]],
    ["postpone", ["note"]],
    ["resume", []],
    ["markOutOfScope", ["note"]],
    ["reject", ["reason", "note"]],
    ["archive", ["reason", "note"]],
    ["dispose", ["agencyId", "copyAgencyIds", "note"]],
    ["acknowledge", []],
    ["postFollowUp", ["body"]],
    ["addNote", ["body"]],
    ["markInProgress", []],
    ["resolve", ["body"]],
    ["returnNotOurAuthority", ["note"]],
    ["reopen", ["note"]],
    ["close", []],
  ];

  it("lists every action once", () => expect(INPUTS.map(([a]) => a).sort()).toEqual([...ACTIONS].sort()));

  it.each(INPUTS)("%s offers %j", (action, inputs) => {
    expect(WORKFLOW[action].inputs).toEqual(inputs);
  });

  it.each(ACTIONS)("%s: what it needs is among what it offers, each once, and a typed text has readers", (action) => {
    const { needs, inputs, noteAudience } = WORKFLOW[action];
    for (const need of needs) expect(inputs).toContain(need);
    expect(new Set(inputs).size).toBe(inputs.length);
    for (const input of inputs) expect(ACTION_INPUTS).toContain(input);
    if (inputs.includes("note") || inputs.includes("body")) expect(noteAudience).not.toBeNull();
  });
});
