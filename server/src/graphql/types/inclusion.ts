// "Who is being served" over GraphQL: answering the optional questions with the filing's ticket,
// and deleting the answers with the token given back. Payloads carry only the token and field
// errors: nothing about a complaint, a person or anyone else's answers. The figures (always
// suppressed) are in inclusion-figures.ts.
import { z } from "zod";
import { AGE_BANDS, DIFFICULTIES, GENDERS } from "../../domain/inclusion/questions.ts";
import { answerInclusionQuestions, deleteInclusionAnswers } from "../../services/use-cases/inclusion.ts";
import { builder } from "../builder.ts";
import { FieldError, type FieldErrorShape, toFieldErrors } from "./field-error.ts";

const DifficultyEnum = builder.enumType("Difficulty", {
  description: "Washington Group short set: how much difficulty, even with glasses, a hearing aid or help.",
  values: DIFFICULTIES,
});
export const AgeBandEnum = builder.enumType("AgeBand", { values: AGE_BANDS });
export const GenderEnum = builder.enumType("Gender", { values: GENDERS });

const InclusionAnswersInput = builder.inputType("InclusionAnswersInput", {
  description: "Every answer may be left out (not stated); all left out is a skip and stores nothing.",
  fields: (t) => ({
    ticket: t.string({ required: true, description: "The filing's inclusionTicket.", validate: z.string().max(1_000) }),
    seeing: t.field({ type: DifficultyEnum }),
    hearing: t.field({ type: DifficultyEnum }),
    walking: t.field({ type: DifficultyEnum }),
    remembering: t.field({ type: DifficultyEnum, description: "Remembering or concentrating." }),
    selfCare: t.field({ type: DifficultyEnum, description: "Washing all over or dressing." }),
    communicating: t.field({ type: DifficultyEnum, description: "Being understood, or understanding others, in their usual language." }),
    ageBand: t.field({ type: AgeBandEnum }),
    gender: t.field({ type: GenderEnum }),
  }),
});

const AnswerPayload = builder.objectRef<{ deletionToken: string | null; errors: FieldErrorShape[] }>("InclusionAnswerPayload").implement({
  fields: (t) => ({
    deletionToken: t.exposeString("deletionToken", {
      nullable: true,
      description: "Shown once: deletes these answers again (deleteInclusionAnswers). Null when nothing was stored (a skip) or on error.",
    }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

const DeletionPayload = builder.objectRef<{ deleted: boolean; errors: FieldErrorShape[] }>("InclusionDeletionPayload").implement({
  fields: (t) => ({
    deleted: t.exposeBoolean("deleted", { description: "The answers the token was given for are gone." }),
    errors: t.field({ type: [FieldError], resolve: (p) => p.errors }),
  }),
});

builder.mutationFields((t) => ({
  answerInclusionQuestions: t.field({
    type: AnswerPayload,
    description: "Stores the optional answers about the reporter apart from the complaint, once per ticket.",
    args: { input: t.arg({ type: InclusionAnswersInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { ticket, ...answers } = input;
      const result = await answerInclusionQuestions(ctx, { ticket, answers });
      if (!result.ok) return { deletionToken: null, errors: toFieldErrors(ctx, result.issues) };
      return { deletionToken: result.deletionToken, errors: [] };
    },
  }),
  deleteInclusionAnswers: t.field({
    type: DeletionPayload,
    description: "Deletes the answers a deletion token was given for. A token that matches nothing reveals nothing else.",
    args: { deletionToken: t.arg.string({ required: true, validate: z.string().max(100) }) },
    resolve: async (_root, args, ctx) => {
      const result = await deleteInclusionAnswers(ctx, { deletionToken: args.deletionToken });
      if (!result.ok) return { deleted: false, errors: toFieldErrors(ctx, result.issues) };
      return { deleted: true, errors: [] };
    },
  }),
}));
