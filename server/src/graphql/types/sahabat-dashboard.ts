// The kecamatan dashboard of a sahabat (/sahabat): the query, and a subscription that sends the
// dashboard again whenever a change in the sahabat's kecamatan moved one of its numbers. Both
// are for sahabat only; the subscription checks the session and the role again on every event.
import { type QueueEvent, topics } from "../../events/bus.ts";
import { ComplaintKind, ComplaintStatus } from "../../generated/prisma/client.ts";
import { say } from "../../i18n/say.ts";
import { refreshViewer } from "../../services/use-cases/notifications.ts";
import { sessionOnEvent } from "../event-memo.ts";
import {
  assignedDistricts,
  concernsDashboard,
  type DashboardDistrict,
  fingerprint,
  sahabatDashboard,
  type SahabatDashboardView,
} from "../../services/use-cases/sahabat-dashboard.ts";
import { type Context, hasRole } from "../../context.ts";
import { abortable } from "../abortable.ts";
import { builder } from "../builder.ts";

type OverdueShape = DashboardDistrict["overdue"]["complaints"][number];
type CategoryShape = DashboardDistrict["month"]["byCategory"][number];

const OverdueHolder = builder.enumType("SahabatOverdueHolder", {
  description: "Who is late: the verifier (checking, passing on) or the agency (answering).",
  values: ["VERIFIER", "AGENCY"] as const,
});

const RelayCountRef = builder.objectRef<{ open: number; overdue: number }>("SahabatRelayCount").implement({
  description: "Messages waiting to be passed on to residents, and how many are past their 3 working days.",
  fields: (t) => ({
    open: t.exposeInt("open"),
    overdue: t.exposeInt("overdue"),
  }),
});

const StatusCount = builder.objectRef<{ status: ComplaintStatus; count: number }>("SahabatDashboardStatusCount").implement({
  fields: (t) => ({
    status: t.field({ type: ComplaintStatus, resolve: (c) => c.status }),
    count: t.exposeInt("count"),
  }),
});

const KindCount = builder.objectRef<{ kind: ComplaintKind; count: number }>("SahabatDashboardKindCount").implement({
  fields: (t) => ({
    kind: t.field({ type: ComplaintKind, resolve: (c) => c.kind }),
    count: t.exposeInt("count"),
  }),
});

const CategoryCount = builder.objectRef<CategoryShape>("SahabatDashboardCategoryCount").implement({
  fields: (t) => ({
    categoryId: t.id({ nullable: true, description: "null: filed without a category.", resolve: (c) => c.categoryId }),
    name: t.exposeString("name", { nullable: true }),
    count: t.exposeInt("count"),
  }),
});

const OverdueComplaint = builder.objectRef<OverdueShape>("SahabatOverdueComplaint").implement({
  description: "An overdue complaint as the dashboard lists it: where it is and how late, never who filed it or what it says.",
  fields: (t) => ({
    trackingCode: t.exposeString("trackingCode"),
    status: t.field({ type: ComplaintStatus, resolve: (c) => c.status as ComplaintStatus }),
    categoryName: t.exposeString("categoryName", { nullable: true }),
    districtName: t.exposeString("districtName"),
    villageName: t.exposeString("villageName", { nullable: true }),
    dueAt: t.expose("dueAt", { type: "DateTime" }),
    holder: t.field({ type: OverdueHolder, resolve: (c) => c.holder }),
    workingDaysLate: t.exposeInt("workingDaysLate"),
    label: t.string({
      description: "In words, e.g. 'Terlambat 2 hari kerja di verifikator'.",
      resolve: (c, _a, ctx) => say(ctx, `sahabatDashboard.overdue.${c.holder}`, { days: c.workingDaysLate }),
    }),
  }),
});

const Overdue = builder.objectRef<DashboardDistrict["overdue"]>("SahabatDashboardOverdue").implement({
  fields: (t) => ({
    atVerifier: t.exposeInt("atVerifier"),
    atAgency: t.exposeInt("atAgency"),
    complaints: t.field({
      type: [OverdueComplaint],
      description: "Longest overdue first; the first `first` of them (at most 100). atVerifier + atAgency counts them all.",
      args: { first: t.arg.int({ defaultValue: 20 }) },
      resolve: (o, a) => o.complaints.slice(0, Math.min(Math.max(a.first ?? 20, 0), 100)),
    }),
  }),
});

const Month = builder.objectRef<DashboardDistrict["month"]>("SahabatDashboardMonth").implement({
  description: "Complaints filed since the start of this month (local time), whatever their status now.",
  fields: (t) => ({
    total: t.exposeInt("total"),
    byKind: t.field({ type: [KindCount], description: "Every kind, zeros included.", resolve: (m) => m.byKind }),
    byCategory: t.field({ type: [CategoryCount], description: "Categories filed under, most first.", resolve: (m) => m.byCategory }),
  }),
});

export const District = builder.objectRef<DashboardDistrict>("SahabatDashboardDistrict").implement({
  description: "One kecamatan the sahabat is assigned to. Rahasia and workshop complaints are left out of every number.",
  fields: (t) => ({
    code: t.string({ resolve: (d) => d.districtCode }),
    name: t.exposeString("name"),
    openTotal: t.exposeInt("openTotal"),
    openByStatus: t.field({ type: [StatusCount], description: "Every open status, in workflow order, zeros included.", resolve: (d) => d.openByStatus }),
    overdue: t.field({ type: Overdue, resolve: (d) => d.overdue }),
    relay: t.field({ type: RelayCountRef, description: "The sahabat's own relay tasks on complaints in this kecamatan.", resolve: (d) => d.relay }),
    month: t.field({ type: Month, resolve: (d) => d.month }),
  }),
});

const SahabatDashboard = builder.objectRef<SahabatDashboardView>("SahabatDashboard").implement({
  description: "The kecamatan the signed-in sahabat is assigned to, at a glance.",
  fields: (t) => ({
    generatedAt: t.expose("generatedAt", { type: "DateTime" }),
    monthStart: t.expose("monthStart", { type: "DateTime", description: "Where 'this month' starts." }),
    relay: t.field({ type: RelayCountRef, description: "All the sahabat's open relay tasks.", resolve: (d) => d.relay }),
    districts: t.field({ type: [District], description: "By name; empty while the sahabat is assigned nowhere.", resolve: (d) => d.districts }),
  }),
});

const isSahabat = (ctx: Context) => hasRole(ctx, "SAHABAT");

builder.queryFields((t) => ({
  sahabatDashboard: t.field({
    type: SahabatDashboard,
    description: "The signed-in sahabat's kecamatan: open complaints by status, overdue ones, relay tasks, this month's filings.",
    authScopes: { role: "SAHABAT" },
    resolve: (_r, _a, ctx) => sahabatDashboard(ctx),
  }),
}));

builder.subscriptionFields((t) => ({
  sahabatDashboardChanged: t.field({
    type: SahabatDashboard,
    description: "The dashboard again, each time a change moved one of its numbers. Ends when the session or the role does.",
    authScopes: { role: "SAHABAT" },
    subscribe: (_root, _args, ctx) =>
      abortable(async function* (signal) {
        const userId = ctx.viewer!.user.id;
        const events = ctx.deps.bus.subscribe(topics.queue, signal)[Symbol.asyncIterator]();
        // Listening before reading, so a change in between is not missed.
        const first = events.next();
        let shown = fingerprint(await sahabatDashboard(ctx));
        for (let step = await first; !step.done; step = await events.next()) {
          // Session and roles are read again for every event: a removed role ends the subscription.
          if (!(await refreshViewer(ctx, sessionOnEvent(step.value, ctx))) || ctx.viewer?.user.id !== userId || !isSahabat(ctx)) return;
          const districts = await assignedDistricts(ctx);
          if (!(await concernsDashboard(ctx, districts, (step.value as QueueEvent).complaintId))) continue;
          const view = await sahabatDashboard(ctx, districts);
          // A change that moved no number (a rahasia complaint's, say) sends nothing.
          const now = fingerprint(view);
          if (now === shown) continue;
          shown = now;
          yield view;
        }
      }),
    resolve: (view) => view as SahabatDashboardView,
  }),
}));
