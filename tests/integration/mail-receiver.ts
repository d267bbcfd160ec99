/**
 * A local SMTP receiver on loopback (smtp-server) for tests: keeps every message it accepts, decoded
 * enough to check what a person reads (RFC 2047 subjects, quoted-printable or base64 UTF-8 bodies).
 */
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
	from: string;
	to: string[];
	headers: Map<string, string>;
	subject: string;
	text: string;
	raw: string;
}

export interface MailReceiver {
	port: number;
	messages: ReceivedMail[];
	/** Waits until at least `count` messages arrived (or fails after `timeoutMs`). */
	waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
	close(): Promise<void>;
}

/** `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=` words; whitespace between two encoded words is dropped. */
export function decodeWords(value: string): string {
	return value
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_all, _charset: string, enc: string, text: string) =>
			enc.toUpperCase() === 'B'
				? Buffer.from(text, 'base64').toString('utf8')
				: Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8')
		);
}

function decodeQuotedPrintable(body: string): string {
	const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
	return Buffer.from(bytes, 'latin1').toString('utf8');
}

export function parseMail(raw: string, from: string, to: string[]): ReceivedMail {
	const split = raw.indexOf('\r\n\r\n');
	const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
	const body = raw.slice(split + 4);
	const headers = new Map<string, string>();
	for (const line of head.split('\r\n')) {
		const i = line.indexOf(':');
		if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
	}
	const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
	const text =
		encoding === 'quoted-printable'
			? decodeQuotedPrintable(body)
			: encoding === 'base64'
				? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
				: Buffer.from(body, 'latin1').toString('utf8');
	return { from, to, headers, subject: decodeWords(headers.get('subject') ?? ''), text: text.replace(/\r\n/g, '\n'), raw };
}

export async function startMailReceiver(): Promise<MailReceiver> {
	const messages: ReceivedMail[] = [];
	const server = new SMTPServer({
		// Plain SMTP on loopback, no authentication: the app's mailer must cope with the simplest server.
		disabledCommands: ['STARTTLS', 'AUTH'],
		authOptional: true,
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
				messages.push(parseMail(Buffer.concat(chunks).toString('latin1'), from, session.envelope.rcptTo.map((r) => r.address)));
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as AddressInfo).port;
	return {
		port,
		messages,
		async waitFor(count, timeoutMs = 15_000) {
			const deadline = Date.now() + timeoutMs;
			while (messages.length < count) {
				if (Date.now() > deadline) throw new Error(`expected ${count} messages, received ${messages.length}`);
				await new Promise((r) => setTimeout(r, 100));
			}
			return messages;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
