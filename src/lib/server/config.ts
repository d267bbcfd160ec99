/**
 * Runtime settings read from the environment (see README "Configuration"). DATABASE_URL is read only by
 * the db module.
 */
function numberFrom(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
	return value;
}

export const config = {
	get sessionIdleMinutes() {
		return numberFrom('SESSION_IDLE_MINUTES', 120);
	},
	get sessionAbsoluteHours() {
		return numberFrom('SESSION_ABSOLUTE_HOURS', 12);
	},
	/** Failed sign-ins allowed per account inside the window before 429. */
	get loginMaxFailuresPerAccount() {
		return numberFrom('LOGIN_MAX_FAILURES_PER_ACCOUNT', 5);
	},
	get loginMaxFailuresPerAddress() {
		return numberFrom('LOGIN_MAX_FAILURES_PER_ADDRESS', 20);
	},
	get loginWindowSeconds() {
		return numberFrom('LOGIN_WINDOW_SECONDS', 900);
	},
	get maxUploadBytes() {
		return numberFrom('MAX_UPLOAD_MB', 10) * 1024 * 1024;
	},
	/** Minutes between two searches for deadlines three days away; 0 turns the in-process timer off. */
	get reminderIntervalMinutes() {
		const raw = process.env.REMINDER_INTERVAL_MINUTES;
		if (raw === undefined || raw === '') return 60;
		const value = Number(raw);
		if (!Number.isFinite(value) || value < 0) throw new Error(`REMINDER_INTERVAL_MINUTES must be 0 or a positive number, got "${raw}"`);
		return value;
	},
	/** `smtp://user:password@host:587` (or `smtps://…:465`); unset: notifications stay in the app. */
	get smtpUrl() {
		return process.env.SMTP_URL?.trim() || null;
	},
	get smtpFrom() {
		return process.env.SMTP_FROM?.trim() || 'Sẵn Sàng <no-reply@localhost>';
	},
	/** The public address, for links in emails (the same setting the server uses behind a proxy). */
	get publicOrigin() {
		return process.env.ORIGIN?.replace(/\/+$/, '') || null;
	},
	/** `production` unless NODE_ENV says otherwise; decides the cookie's Secure flag. */
	get secureCookies() {
		const setting = process.env.SECURE_COOKIES;
		if (setting === 'true') return true;
		if (setting === 'false') return false;
		const origin = process.env.ORIGIN;
		if (origin) return origin.startsWith('https:');
		return process.env.NODE_ENV === 'production';
	}
};
