// E-mail over SMTP (nodemailer), with the same Message-ID on every retry of one message.
import nodemailer from "nodemailer";
import { mailAddress } from "../../env.ts";
import { type ChannelAdapter, failure } from "./adapter.ts";

export function emailAdapter(smtpUrl: string, from: string): ChannelAdapter {
  const transport = nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as never);
  const domain = mailAddress(from).split("@")[1] ?? "localhost";
  return {
    channel: "EMAIL",
    async send(m) {
      if (!m.to.email) return failure("no e-mail address", true);
      try {
        const info = await transport.sendMail({
          from,
          to: m.to.email,
          subject: m.title,
          text: m.link ? `${m.body}\n\n${m.link}\n` : `${m.body}\n`,
          // The same Message-ID on every retry: a receiving server or a person can tell a resend.
          messageId: `<${m.messageKey}@${domain}>`,
          headers: { "Content-Language": m.locale, "Auto-Submitted": "auto-generated" },
        });
        return { ok: true, detail: info.response };
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 5xx is the server's final answer (unknown mailbox, rejected); anything else may pass later.
        return failure(String((error as Error).message ?? error), typeof code === "number" && code >= 500);
      }
    },
    close: () => transport.close(),
  };
}
