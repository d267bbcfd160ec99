/**
 * Vietnamese text, time and numbers. Input can arrive decomposed (Unikey/VNI, text pasted from Word),
 * so every text is normalised to NFC before it is compared, stored or sorted.
 */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export type Locale = 'vi' | 'en';

/** NFC-normalises and trims a text; collapses runs of spaces inside single-line values. */
export function normaliseText(value: string, { multiline = false } = {}): string {
	const nfc = value.normalize('NFC').trim();
	return multiline ? nfc.replace(/\r\n?/g, '\n') : nfc.replace(/\s+/g, ' ');
}

export function normaliseEmail(value: string): string {
	return normaliseText(value).toLowerCase();
}

const collators = new Map<string, Intl.Collator>();

/** Vietnamese collation ("Đà Nẵng" sorts after "Cà Mau", not after "Z"). */
export function collator(locale: Locale = 'vi'): Intl.Collator {
	let c = collators.get(locale);
	if (!c) {
		c = new Intl.Collator(locale === 'vi' ? 'vi' : 'en', { sensitivity: 'base', numeric: true });
		collators.set(locale, c);
	}
	return c;
}

export function compareNames(a: string, b: string, locale: Locale = 'vi'): number {
	return collator(locale).compare(a, b);
}

export function sortByName<T>(items: readonly T[], name: (item: T) => string, locale: Locale = 'vi'): T[] {
	const c = collator(locale);
	return [...items].sort((x, y) => c.compare(name(x), name(y)));
}

/** Folds diacritics and case for search ("Đà Nẵng" matches "da nang"). */
export function searchKey(value: string): string {
	return value
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.trim();
}

/** A URL-safe slug from a Vietnamese name. */
export function slugify(value: string): string {
	return searchKey(value)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

const bcp47 = (locale: Locale) => (locale === 'vi' ? 'vi-VN' : 'en-GB');

/** An instant shown in Vietnam's time zone. */
export function formatDateTime(at: Date | number, locale: Locale): string {
	return new Intl.DateTimeFormat(bcp47(locale), {
		timeZone: VIETNAM_TIME_ZONE,
		dateStyle: 'medium',
		timeStyle: 'short'
	}).format(at);
}

/** A calendar day (`YYYY-MM-DD`) shown in the reader's language. */
export function formatDay(day: string, locale: Locale): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Intl.DateTimeFormat(bcp47(locale), { timeZone: 'UTC', dateStyle: 'medium' }).format(
		Date.UTC(y, m - 1, d)
	);
}

/** Today's date in Vietnam as `YYYY-MM-DD`. */
export function vietnamDay(at: Date | number): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: VIETNAM_TIME_ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).formatToParts(at);
	const get = (type: string) => parts.find((p) => p.type === type)?.value;
	return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * A deadline means the end of that day in Vietnam (UTC+7, no daylight saving): the last instant before
 * midnight of the next day there.
 */
export function deadlineInstant(day: string): Date {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + 1) - 7 * 3600_000 - 1);
}

/** Whole days from `now` until the end of the deadline day (negative when past). */
export function daysUntilDeadline(day: string, now: Date | number): number {
	return Math.floor((deadlineInstant(day).getTime() - Number(now)) / 86_400_000);
}

export function isValidDay(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const [y, m, d] = value.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A number for people: one decimal, the reader's decimal separator. */
export function formatScore(value: number, locale: Locale): string {
	return new Intl.NumberFormat(bcp47(locale), {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(value);
}

export function formatPercent(value: number, locale: Locale): string {
	return new Intl.NumberFormat(bcp47(locale), { style: 'percent', maximumFractionDigits: 0 }).format(
		value
	);
}
