// What the benchmark submits: the mutation a resident's browser sends when filing without an
// account, and its input (a fresh clientRequestId each time, so none is taken for a replay).
import { randomUUID } from "node:crypto";

export const SUBMIT_MUTATION = `mutation Submit($input: SubmitComplaintInput!) {
  submitComplaint(input: $input) { complaint { trackingCode } errors { field message } }
}`;

/** The input a resident without an account sends; a fresh clientRequestId every time. */
export function submissionInput(index: number, districtCode: string) {
  return {
    kind: "PENGADUAN",
    title: `Lampu jalan padam di Jalan Poros Malino (uji beban ${index})`,
    story:
      "Sudah dua minggu lampu jalan di depan pasar tidak menyala. Malam hari jalan sangat gelap " +
      "dan beberapa pengendara motor hampir jatuh karena lubang yang tidak terlihat. Mohon " +
      "petugas memeriksa dan memperbaiki lampu tersebut.",
    districtCode,
    privacy: "PUBLIC",
    clientRequestId: randomUUID(),
  };
}
