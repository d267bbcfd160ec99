/**
 * Email through an SMTP server when one is configured (`SMTP_URL`, `SMTP_FROM`; README "Configuration").
 * Without `SMTP_URL` there is no mailer and notifications stay in the app — never an error.
 */
import nodemailer from 'nodemailer';
import { config } from './config';

export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
	/** The language the message is written in (`Content-Language`). */
	lang: string;
}

export interface Mailer {
	send(mail: OutgoingMail): Promise<void>;
}

/** A mailer over SMTP, e.g. `smtp://user:password@mail.example.gov.vn:587` (nodemailer's URL form). */
export function smtpMailer(url: string, from: string): Mailer {
	const transport = nodemailer.createTransport(url);
	return {
		async send(mail) {
			await transport.sendMail({
				from,
				to: mail.to,
				subject: mail.subject,
				text: mail.text,
				headers: { 'Content-Language': mail.lang }
			});
		}
	};
}

let cached: { key: string; mailer: Mailer } | undefined;

/** The configured mailer, or null when no SMTP server is configured. */
export function configuredMailer(): Mailer | null {
	const url = config.smtpUrl;
	if (!url) return null;
	const key = `${url}\n${config.smtpFrom}`;
	if (cached?.key !== key) cached = { key, mailer: smtpMailer(url, config.smtpFrom) };
	return cached.mailer;
}
