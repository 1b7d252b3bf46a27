// The public list (/laporan): publicComplaints for a page of what anyone may read, and
// publicComplaintsAdded, which tells an open list page how many complaints matching its filter
// were verified (so became public) since it opened. Rows carry only the public text and facts.
import { type QueueEvent, topics } from "../../events/bus.ts";
import { ComplaintKind, ComplaintStatus } from "../../generated/prisma/client.ts";
import { publiclyReadable } from "../../domain/privacy/privacy.ts";
import { say } from "../../i18n/say.ts";
import {
  isNewlyPublic,
  listPublicComplaints,
  PUBLIC_PAGE_SIZE,
  PUBLIC_SORTS,
  publicWhere,
  type PublicListInput,
  type PublicListResult,
  type PublicRow,
} from "../../services/use-cases/public-list.ts";
import { abortable } from "../abortable.ts";
import { builder } from "../builder.ts";
import { FieldError, toFieldErrors } from "./field-error.ts";

const PublicSortEnum = builder.enumType("PublicComplaintSort", {
  description: "NEWEST: latest filed first; MOST_SUPPORTED: most \"saya juga mengalami\" first.",
  values: PUBLIC_SORTS,
});

const PublicComplaintFilter = builder.inputType("PublicComplaintFilter", {
  description:
    "As typed into the list's GET form: loosely typed on purpose, every value is checked and a wrong one comes back as a " +
    "FieldError keyed by the field name (district, village, category, kind, status).",
  fields: (t) => ({
    district: t.string({ description: "A kecamatan code, e.g. 73.06.08." }),
    village: t.string({ description: "A desa/kelurahan code inside the kecamatan." }),
    category: t.string({ description: "A category id." }),
    kind: t.string({ description: "PENGADUAN | ASPIRASI | PERMINTAAN_INFORMASI" }),
    status: t.string({ description: "One of the statuses in which the public reads a complaint (PublicComplaintPage.statusChoices)." }),
  }),
});

export const PublicComplaint = builder.objectRef<PublicRow>("PublicComplaint").implement({
  description: "One complaint of the public list: only what anyone may read (the redacted text when there is one).",
  fields: (t) => ({
    trackingCode: t.exposeString("trackingCode", { description: "Its public page is /lacak/<trackingCode>." }),
    title: t.exposeString("title", { description: "The public title: the verifier's redacted version when there is one." }),
    kind: t.field({ type: ComplaintKind, resolve: (r) => r.kind as ComplaintKind }),
    kindLabel: t.string({ resolve: (r, _a, ctx) => say(ctx, `kind.${r.kind}`) }),
    status: t.field({ type: ComplaintStatus, resolve: (r) => r.status }),
    statusLabel: t.string({ resolve: (r, _a, ctx) => say(ctx, `status.${r.status}`) }),
    submittedAt: t.field({ type: "DateTime", resolve: (r) => r.submittedAt }),
    districtCode: t.exposeString("districtCode"),
    districtName: t.exposeString("districtName"),
    villageCode: t.exposeString("villageCode", { nullable: true }),
    villageName: t.exposeString("villageName", { nullable: true }),
    categoryName: t.exposeString("categoryName", { nullable: true }),
    supportCount: t.exposeInt("supportCount", { description: "How many people said \"saya juga mengalami\"." }),
    waitedWorkingDays: t.exposeInt("waitedWorkingDays", { description: "Working days since it was filed (Asia/Makassar)." }),
    waiting: t.exposeBoolean("waiting", { description: "The verifier or an agency still owes it a step." }),
    waitedLabel: t.string({
      description: "In words, e.g. 'Menunggu 5 hari kerja', or 'Dilaporkan 12 hari kerja lalu' once answered.",
      resolve: (r, _a, ctx) => {
        const key = r.waiting ? "deadline.waiting" : "deadline.filedAgo";
        return r.waitedWorkingDays === 0 ? say(ctx, `${key}.today`) : say(ctx, key, { days: r.waitedWorkingDays });
      },
    }),
  }),
});

const StatusChoice = builder.objectRef<{ status: ComplaintStatus }>("PublicStatusChoice").implement({
  fields: (t) => ({
    status: t.field({ type: ComplaintStatus, resolve: (c) => c.status }),
    label: t.string({ resolve: (c, _a, ctx) => say(ctx, `status.${c.status}`) }),
  }),
});

const PublicComplaintPage = builder.objectRef<PublicListResult>("PublicComplaintPage").implement({
  fields: (t) => ({
    complaints: t.field({ type: [PublicComplaint], resolve: (p) => p.rows }),
    totalCount: t.exposeInt("totalCount", { description: "All that match, on every page; at most 1,000 (see countCapped)." }),
    countCapped: t.exposeBoolean("countCapped", {
      description: "More than 1,000 match: totalCount is 1,000 and only the first 50 pages are shown (narrow the filter for the rest).",
    }),
    page: t.exposeInt("page", { description: "The page shown (a page past the end shows the last one)." }),
    pageCount: t.exposeInt("pageCount"),
    pageSize: t.int({ resolve: () => PUBLIC_PAGE_SIZE }),
    statusChoices: t.field({
      type: [StatusChoice],
      description: "The statuses a listed complaint can have (the privacy rules decide), for the status filter.",
      resolve: () => publiclyReadable().statuses.map((status) => ({ status: status as ComplaintStatus })),
    }),
    errors: t.field({ type: [FieldError], resolve: (p, _a, ctx) => toFieldErrors(ctx, p.issues) }),
  }),
});

builder.queryFields((t) => ({
  publicComplaints: t.field({
    type: PublicComplaintPage,
    description:
      "The public list: PUBLIC and ANONYMOUS complaints once verified (the privacy rules), never practice or merged-away ones; " +
      "filtered, searched by words (Indonesian stems: 'berlubang' finds 'lubang'), sorted, 20 a page.",
    args: {
      filter: t.arg({ type: PublicComplaintFilter }),
      search: t.arg.string({ description: "Words to look for in the public title and story; at most 200 characters." }),
      sort: t.arg({ type: PublicSortEnum, defaultValue: "NEWEST" }),
      page: t.arg.int({ defaultValue: 1, description: "From 1." }),
    },
    resolve: (_root, args, ctx) => listPublicComplaints(ctx, { ...args.filter, search: args.search, sort: args.sort, page: args.page } satisfies PublicListInput),
  }),
}));

builder.subscriptionFields((t) => ({
  publicComplaintsAdded: t.field({
    type: builder.objectRef<{ newCount: number }>("PublicComplaintsAdded").implement({
      fields: (f) => ({
        newCount: f.exposeInt("newCount", { description: "Complaints matching the filter that became public since subscribing." }),
      }),
    }),
    description:
      "For an open list page: each time a complaint matching the filter and words is verified (so becomes public), how many " +
      "have since the page subscribed. Never practice, confidential or merged-away complaints.",
    args: {
      filter: t.arg({ type: PublicComplaintFilter }),
      search: t.arg.string(),
    },
    subscribe: (_root, args, ctx) =>
      abortable(async function* (signal) {
        const since = ctx.deps.now();
        const { where } = await publicWhere(ctx, { ...args.filter, search: args.search });
        // A wrong filter lists nothing, so nothing can be added to it.
        if (!where) return;
        const added = new Set<string>();
        for await (const event of ctx.deps.bus.subscribe(topics.queue, signal)) {
          const { complaintId } = event as QueueEvent;
          if (added.has(complaintId) || !(await isNewlyPublic(ctx, where, complaintId, since))) continue;
          added.add(complaintId);
          yield { newCount: added.size };
        }
      }),
    resolve: (payload) => payload as { newCount: number },
  }),
}));
