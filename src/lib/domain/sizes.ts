/** File sizes for people: kB below a megabyte, MB with one decimal above, in the reader's number format. */
import type { Locale } from './text';

export function formatBytes(bytes: number, locale: Locale): string {
	const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
	if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)))} kB`;
	return `${new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}
