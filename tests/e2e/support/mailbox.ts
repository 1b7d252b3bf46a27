// The browser tests' mail server: a local SMTP stand-in (tests/support/stand-ins.ts, the real
// protocol) that the shared test server delivers its e-mail to, and a small HTTP reader of what
// arrived, so a test reads a sign-up code the way a person reads it in their inbox. Started by
// playwright.config.ts next to the server; SMTP on the first port given, HTTP on the second.
import { createServer } from "node:http";
import { startSmtp } from "../../support/stand-ins.ts";

const [smtpPort, httpPort] = [Number(process.argv[2]), Number(process.argv[3])];
const smtp = await startSmtp(smtpPort);

createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  if (url.pathname === "/healthz") {
    response.end("ok");
    return;
  }
  if (url.pathname === "/surat") {
    const to = url.searchParams.get("to")?.toLowerCase() ?? "";
    const mail = smtp.received.filter((m) => m.to.some((address) => address.toLowerCase() === to)).map(({ to: recipients, headers, text }) => ({
      to: recipients,
      subject: headers.get("subject") ?? "",
      text,
    }));
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(mail));
    return;
  }
  response.statusCode = 404;
  response.end();
}).listen(httpPort, "127.0.0.1");

process.on("SIGTERM", () => {
  void smtp.stop().finally(() => process.exit(0));
});
