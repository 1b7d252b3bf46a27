// Open statistics (/statistik) and the feed of new public complaints: public to everyone, and
// counting only what the privacy rules make public (never rahasia, never practice). Every figure
// comes with the words a chart's summary or an agency's line needs, in the reader's language.
import { type Channel as ComplaintChannelValue, ComplaintKind, ComplaintStatus } from "../../generated/prisma/client.ts";
import { say } from "../../i18n/say.ts";
import type { AgencyFigure, Count } from "../../domain/statistics/statistics.ts";
import {
  type FeedEntry,
  publicComplaintFeed,
  type PublicStatistics,
  publicStatistics,
} from "../../services/use-cases/statistics.ts";
import { builder } from "../builder.ts";
import { ComplaintChannel } from "./channel.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";

const StatisticsFilterInput = builder.inputType("PublicStatisticsFilter", {
  fields: (t) => ({
    from: t.string({ description: "First month, YYYY-MM (local time). Default: eleven months before `to`." }),
    to: t.string({ description: "Last month, YYYY-MM, included. Default: this month." }),
    districtCode: t.string({ description: "One kecamatan; all of them when left out." }),
  }),
});

type Keyed = { key: string | null; count: number; name: string | null };

const KindCount = builder.objectRef<Count<string>>("StatisticsKindCount").implement({
  fields: (t) => ({
    kind: t.field({ type: ComplaintKind, resolve: (c) => c.key as ComplaintKind }),
    label: t.string({ resolve: (c, _a, ctx) => say(ctx, `kind.${c.key}`) }),
    count: t.exposeInt("count"),
  }),
});

const StatusCount = builder.objectRef<Count<string>>("StatisticsStatusCount").implement({
  fields: (t) => ({
    status: t.field({ type: ComplaintStatus, resolve: (c) => c.key as ComplaintStatus }),
    label: t.string({ resolve: (c, _a, ctx) => say(ctx, `status.${c.key}`) }),
    count: t.exposeInt("count"),
  }),
});

const ChannelCount = builder.objectRef<Count<string>>("StatisticsChannelCount").implement({
  description: "How many public complaints came in through one channel (web, a sahabat's help, SMS, another application).",
  fields: (t) => ({
    channel: t.field({ type: ComplaintChannel, resolve: (c) => c.key as ComplaintChannelValue }),
    label: t.string({ resolve: (c, _a, ctx) => say(ctx, `channel.${c.key}`) }),
    count: t.exposeInt("count"),
  }),
});

const NamedCount = builder.objectRef<Keyed>("StatisticsNamedCount").implement({
  description: "A category or kecamatan and how many public complaints it has.",
  fields: (t) => ({
    key: t.string({ nullable: true, description: "The category id or region code; null: none chosen.", resolve: (c) => c.key }),
    name: t.string({
      description: "Its name in the reader's language ('Tanpa kategori' for none).",
      resolve: (c, _a, ctx) => c.name ?? say(ctx, "statistics.none"),
    }),
    count: t.exposeInt("count"),
  }),
});

const MonthCount = builder.objectRef<Count<string>>("StatisticsMonthCount").implement({
  fields: (t) => ({
    month: t.string({ description: "YYYY-MM, local time.", resolve: (c) => c.key }),
    count: t.exposeInt("count"),
  }),
});

type AgencyShape = AgencyFigure & { name: string | null; shortName: string | null };

const AgencyCount = builder.objectRef<AgencyShape>("StatisticsAgencyCount").implement({
  description: "An agency: its public complaints, and how many of those whose answer deadline has come it answered in time.",
  fields: (t) => ({
    agencyId: t.id({ nullable: true, description: "null: not passed to an agency (yet).", resolve: (a) => a.key }),
    name: t.string({ resolve: (a, _r, ctx) => a.name ?? say(ctx, "statistics.noAgency") }),
    shortName: t.string({ resolve: (a, _r, ctx) => a.shortName ?? say(ctx, "statistics.noAgency") }),
    count: t.exposeInt("count"),
    answerDue: t.exposeInt("answerDue", { description: "Passed to it, and answered or past the answer deadline (5 working days)." }),
    answeredOnTime: t.exposeInt("answeredOnTime", { description: "Of answerDue: the first public answer came by the deadline." }),
    onTimePercent: t.int({
      nullable: true,
      description: "answeredOnTime ÷ answerDue in whole percent; null when nothing was due.",
      resolve: (a) => (a.onTimeShare === null ? null : Math.round(a.onTimeShare * 100)),
    }),
    sentence: t.string({
      description: "In words, e.g. 'Dinas PUPR menjawab 62 dari 80 laporan tepat waktu'.",
      resolve: (a, _r, ctx) =>
        a.key === null
          ? say(ctx, "statistics.agency.notPassed", { count: a.count })
          : a.answerDue === 0
            ? say(ctx, "statistics.agency.noneDue", { agency: a.shortName ?? "" })
            : say(ctx, "statistics.agency.onTime", { agency: a.shortName ?? "", onTime: a.answeredOnTime, due: a.answerDue }),
    }),
  }),
});

const Statistics = builder.objectRef<PublicStatistics>("PublicStatistics").implement({
  description: "Public complaints filed in a period (PUBLIC and ANONYMOUS once verified; never rahasia, never practice), counted.",
  fields: (t) => ({
    from: t.string({ description: "First month, YYYY-MM.", resolve: (s) => s.period.fromMonth }),
    to: t.string({ description: "Last month, YYYY-MM.", resolve: (s) => s.period.toMonth }),
    districtCode: t.string({ nullable: true, resolve: (s) => s.districtCode }),
    districtName: t.string({ nullable: true, resolve: (s) => s.districtName }),
    generatedAt: t.expose("generatedAt", { type: "DateTime" }),
    total: t.exposeInt("total"),
    answeredCount: t.exposeInt("answeredCount", { description: "Complaints with at least one public answer from an agency." }),
    medianDaysToVerify: t.float({
      nullable: true,
      description: "Median calendar days from filing to the verifier's check, one decimal.",
      resolve: (s) => s.medianDaysToVerify,
    }),
    medianDaysToFirstAnswer: t.float({
      nullable: true,
      description: "Median calendar days from filing to the first public answer of an agency, one decimal; null when none was answered.",
      resolve: (s) => s.medianDaysToFirstAnswer,
    }),
    byKind: t.field({ type: [KindCount], description: "Every kind, zeros included.", resolve: (s) => s.byKind }),
    byStatus: t.field({ type: [StatusCount], description: "Every status a public complaint can be in, in workflow order, zeros included.", resolve: (s) => s.byStatus }),
    byCategory: t.field({
      type: [NamedCount],
      description: "Most first; complaints without a category last.",
      resolve: (s) => s.byCategory.map((c) => ({ ...c, name: c.key === null ? null : (s.names.category.get(c.key) ?? c.key) })),
    }),
    byDistrict: t.field({
      type: [NamedCount],
      description: "Kecamatan, most first.",
      resolve: (s) => s.byDistrict.map((c) => ({ ...c, name: s.names.district.get(c.key) ?? c.key })),
    }),
    byAgency: t.field({
      type: [AgencyCount],
      description: "Agencies, most first; complaints not passed to an agency (yet) last.",
      resolve: (s) =>
        s.byAgency.map((a) => {
          const agency = a.key === null ? undefined : s.names.agency.get(a.key);
          return { ...a, name: agency?.name ?? null, shortName: agency?.shortName ?? null };
        }),
    }),
    byMonth: t.field({ type: [MonthCount], description: "Filed per month, every month of the period, oldest first.", resolve: (s) => s.byMonth }),
    byChannel: t.field({
      type: [ChannelCount],
      description: "How they came in: web, assisted by a sahabat, SMS, another application (Open311); every channel, zeros included.",
      resolve: (s) => s.byChannel,
    }),
  }),
});

type ResultShape = { statistics: PublicStatistics | null; errors: FieldErrorShape[] };

const StatisticsResult = builder.objectRef<ResultShape>("PublicStatisticsResult").implement({
  fields: (t) => ({
    statistics: t.field({ type: Statistics, nullable: true, description: "Null when the filter has errors.", resolve: (r) => r.statistics }),
    errors: t.field({ type: [FieldError], description: "Problems with the filter (from, to, districtCode).", resolve: (r) => r.errors }),
  }),
});

const FeedEntryRef = builder.objectRef<FeedEntry>("PublicFeedEntry").implement({
  description: "A public complaint as the feed shows it: the public (redacted) text, never who reported it.",
  fields: (t) => ({
    trackingCode: t.exposeString("trackingCode"),
    kind: t.field({ type: ComplaintKind, resolve: (e) => e.kind as ComplaintKind }),
    kindLabel: t.string({ resolve: (e, _a, ctx) => say(ctx, `kind.${e.kind}`) }),
    title: t.exposeString("title", { description: "The verifier's redacted title where there is one." }),
    story: t.exposeString("story", { description: "The verifier's redacted story where there is one." }),
    categoryName: t.exposeString("categoryName", { nullable: true }),
    districtName: t.exposeString("districtName"),
    villageName: t.exposeString("villageName", { nullable: true }),
    submittedAt: t.expose("submittedAt", { type: "DateTime" }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", description: "When a verifier made it public." }),
  }),
});

builder.queryFields((t) => ({
  publicStatistics: t.field({
    type: StatisticsResult,
    description: "Open statistics of public complaints for a period and a kecamatan. Public; rahasia and practice complaints never count.",
    args: { filter: t.arg({ type: StatisticsFilterInput }) },
    resolve: async (_r, { filter }, ctx) => {
      const { statistics, issues } = await publicStatistics(ctx, filter ?? {});
      return { statistics, errors: toFieldErrors(ctx, issues) };
    },
  }),
  publicComplaintFeed: t.field({
    type: [FeedEntryRef],
    description: "The newest public complaints (at most 50), optionally of one kecamatan and one category: what the Atom feed lists.",
    args: {
      districtCode: t.arg.string(),
      categoryId: t.arg.id(),
      first: t.arg.int({ defaultValue: 20 }),
    },
    resolve: (_r, args, ctx) => publicComplaintFeed(ctx, { districtCode: args.districtCode, categoryId: args.categoryId ? String(args.categoryId) : null, first: args.first }),
  }),
}));
