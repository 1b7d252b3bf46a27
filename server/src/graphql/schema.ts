// Imports every type file and builds the one schema of the process.
import { lexicographicSortSchema, printSchema } from "graphql";
import { builder } from "./builder.ts";
import "./types/field-error.ts";
import "./types/reference.ts";
import "./types/complaint.ts";
import "./types/user.ts";
import "./types/draft.ts";
import "./types/filing.ts";
import "./types/workflow.ts";
import "./types/queue.ts";
import "./types/admin/accounts.ts";
import "./types/admin/agencies.ts";
import "./types/admin/categories.ts";
import "./types/admin/holidays.ts";
import "./types/notification.ts";
import "./types/follow.ts";
import "./types/account.ts";
import "./types/tracking.ts";
import "./types/channel.ts";
import "./types/notification-settings.ts";
import "./types/sessions.ts";
import "./types/second-factor.ts";
import "./types/sahabat.ts";
import "./types/sahabat-dashboard.ts";
import "./types/workshop-clock.ts";
import "./types/workshop.ts";
import "./types/template.ts";
import "./types/staff.ts";
import "./types/labels.ts";
import "./types/workshop-lifecycle.ts";
import "./types/public-list.ts";
import "./types/statistics.ts";
import "./types/support.ts";
import "./types/redaction.ts";
import "./types/duplicates.ts";
import "./types/inclusion.ts";
import "./types/inclusion-figures.ts";
import "./types/open311.ts";
import "./types/identity-reveal.ts";
import "./types/personal-data.ts";

export const schema = builder.toSchema();

export function printedSchema(): string {
  return printSchema(lexicographicSortSchema(schema));
}
