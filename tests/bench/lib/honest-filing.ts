// What the abuse benchmark's honest resident and its filing flood send: one complaint over HTTP,
// from an address the service (trusting loopback as its proxy) takes as the client.
export const SUBMIT = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id } errors { code } } }`;

export const input = (n: number) => ({
  kind: "PENGADUAN",
  title: `Jalan berlubang ${n}`,
  story: "Lubang besar di depan sekolah, berbahaya untuk anak-anak.",
  districtCode: "73.06.08",
  privacy: "PUBLIC",
});

export type FilingAnswer = { data?: { submitComplaint: { complaint: unknown; errors: { code: string }[] } } };

export function file(base: string, client: string, n: number): Promise<FilingAnswer> {
  return fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": client },
    body: JSON.stringify({ query: SUBMIT, variables: { i: input(n) } }),
  }).then((r) => r.json() as Promise<FilingAnswer>);
}
