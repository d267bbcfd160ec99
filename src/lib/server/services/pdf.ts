/**
 * PDF through Chromium, when the machine has it (PRODUCT.md: Chromium is optional, for server-side PDF).
 * Chromium opens the app's own print page with the requesting person's session, so the PDF is exactly the
 * page they may read — same access checks, same language. One browser is kept while PDFs are asked for and
 * closed after a minute of rest.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath(): string | null {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
	return candidates.find((p) => existsSync(p)) ?? null;
}

let browser: Promise<Browser> | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;

async function getBrowser(path: string): Promise<Browser> {
	if (!browser) {
		const { chromium } = await import('playwright-core');
		browser = chromium.launch({ executablePath: path, headless: true, args: ARGS });
		browser.catch(() => (browser = null));
	}
	return browser;
}

function scheduleClose() {
	clearTimeout(idle);
	idle = setTimeout(() => {
		const b = browser;
		browser = null;
		void b?.then((x) => x.close()).catch(() => {});
	}, 60_000);
	idle.unref?.();
}

/**
 * Renders `url` (a page of this app) to A4 PDF with the given cookies; null when Chromium is not installed.
 */
export async function renderPdf(url: string, cookies: { name: string; value: string }[], language: 'vi' | 'en'): Promise<Buffer | null> {
	const path = chromiumPath();
	if (!path) return null;
	const b = await getBrowser(path);
	const origin = new URL(url).origin;
	const context = await b.newContext({ locale: language === 'vi' ? 'vi-VN' : 'en-GB', timezoneId: 'Asia/Ho_Chi_Minh' });
	try {
		await context.addCookies(cookies.map((c) => ({ ...c, url: origin })));
		const page = await context.newPage();
		const response = await page.goto(url, { waitUntil: 'load' });
		if (!response || !response.ok()) throw new Error(`print page answered ${response?.status()}`);
		// The page's own print CSS sets A4, margins and the running header and footer (@page margin boxes),
		// so the PDF is the same document a person gets from the browser's Print command.
		return await page.pdf({ printBackground: true, preferCSSPageSize: true, format: 'A4', tagged: true, outline: true });
	} finally {
		await context.close();
		scheduleClose();
	}
}

/**
 * Where Chromium reaches this server: loopback on the server's own port (a public origin behind a proxy may
 * not be reachable from the server itself); `PDF_ORIGIN` overrides it.
 */
export function internalOrigin(requestOrigin: string): string {
	if (process.env.PDF_ORIGIN) return process.env.PDF_ORIGIN.replace(/\/$/, '');
	if (process.env.PORT) return `http://127.0.0.1:${process.env.PORT}`;
	return requestOrigin;
}
