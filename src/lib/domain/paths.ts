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
