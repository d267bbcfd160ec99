/** Only local paths are accepted as a place to return to after a form (no open redirect). */
export function safeReturnPath(value: unknown, fallback = '/'): string {
	return typeof value === 'string' &&
		value.startsWith('/') &&
		!value.startsWith('//') &&
		!value.startsWith('/\\') &&
		!/[\r\n]/.test(value)
		? value
		: fallback;
}

/** A query string from a record, skipping empty values. */
export function toQuery(params: Record<string, string | number | null | undefined>): string {
	const search = new URLSearchParams();
	for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
	return search.toString();
}
