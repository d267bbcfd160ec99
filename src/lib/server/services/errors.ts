/**
 * A refusal a person can act on: a message key for the interface and, optionally, the field it concerns.
 * Services throw it; routes turn it into `fail(…)` with the translated message.
 */
export class DomainError extends Error {
	constructor(
		readonly key: string,
		readonly field: string = '_form',
		readonly status: 400 | 403 | 404 | 409 | 422 = 400,
		readonly params: Record<string, unknown> = {}
	) {
		super(key);
	}
}
