// A sahabat's filing for a resident answered up to the consent step: the draft's answers, as the
// browser tests (e2e/support/factories.ts `beginAssistedFiling`) and the byte budget save them.

/** The saveDraft mutation that answers a filing for a resident up to consent (step "kabar"). */
export const saveAssistedDraft = `mutation($answers: DraftAnswersInput!) { discardDraft saveDraft(input: { step: "kabar", answers: $answers }) { errors { field } } }`;

/** The answers of a filing for a resident up to consent: anonymous, news through the sahabat. */
export function assistedAnswers(options: { districtCode?: string; title?: string; story?: string; landmark?: string } = {}) {
  return {
    assisted: true,
    kind: "PENGADUAN",
    title: options.title ?? "Pipa air bocor di dusun",
    story: options.story ?? "Sudah sebulan pipa bocor.",
    districtCode: options.districtCode ?? "73.06.08",
    ...(options.landmark ? { landmark: options.landmark } : {}),
    privacy: "ANONYMOUS",
    reporterName: "Daeng Sikki",
    contactPreference: "SAHABAT",
  };
}
