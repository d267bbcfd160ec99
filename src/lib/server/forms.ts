/**
 * Form parsing for actions: FormData → object → zod; errors come back translated, per field, with the
 * values the person typed so nothing is lost.
 */
import type { z } from 'zod';
import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';

export type FieldErrors = Record<string, string>;

type MessageFn = (params?: Record<string, unknown>) => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;

/** Translates a message key (falls back to a generic message for zod's own texts). */
export function translate(key: string, params: Record<string, unknown> = {}): string {
	const fn = messages[key];
	return fn ? fn(params) : m.error_invalid_value();
}

/** FormData to a plain object; names listed in `arrays` collect every value. Files are left out. */
export function formToObject(form: FormData, arrays: readonly string[] = []): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		const values = form.getAll(key).filter((v): v is string => typeof v === 'string');
		out[key] = arrays.includes(key) ? values : values[0];
	}
	for (const key of arrays) out[key] ??= [];
	return out;
}

export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of issues) {
		const field = issue.path.length ? String(issue.path[0]) : '_form';
		if (errors[field]) continue;
		const params: Record<string, unknown> = {};
		if ('maximum' in issue) params.max = Number(issue.maximum);
		if ('minimum' in issue) params.min = Number(issue.minimum);
		errors[field] = translate(issue.message.startsWith('error_') ? issue.message : 'error_invalid_value', params);
	}
	return errors;
}

export type ParseResult<T> =
	| { ok: true; data: T }
	| { ok: false; values: Record<string, unknown>; errors: FieldErrors };

export function parseForm<S extends z.ZodType>(
	schema: S,
	form: FormData,
	options: { arrays?: readonly string[]; omitFromValues?: readonly string[] } = {}
): ParseResult<z.infer<S>> {
	const raw = formToObject(form, options.arrays);
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { ok: true, data: parsed.data };
	const values = { ...raw };
	for (const key of options.omitFromValues ?? ['password']) delete values[key];
	return { ok: false, values, errors: issuesToErrors(parsed.error.issues) };
}

/** The one shape every action returns, so pages can read `form.errors.x` without narrowing. */
export interface FormState {
	/** Which form on the page answered (pages with several forms), or null. */
	form: string | null;
	/** What the person typed, to show again. */
	values: Record<string, unknown>;
	/** Translated messages per field; `_form` for the whole form. */
	errors: FieldErrors;
	/** Confirmation to show after success. */
	done: string | null;
}

export function formFailure<Extra extends object = object>(
	status: number,
	state: { form?: string; values?: Record<string, unknown>; errors: FieldErrors },
	extra?: Extra
) {
	const base: FormState = { form: state.form ?? null, values: state.values ?? {}, errors: state.errors, done: null };
	return fail(status, { ...base, ...(extra ?? ({} as Extra)) });
}

export function formSuccess(done: string, form?: string): FormState {
	return { form: form ?? null, values: {}, errors: {}, done };
}
