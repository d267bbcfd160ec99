/**
 * Field schemas shared by every form. Error messages are message keys (see messages/*.json); the server
 * translates them into the reader's language. Every text is NFC-normalised.
 */
import { z } from 'zod';
import { isValidDay, normaliseEmail, normaliseText } from '../text';

export const requiredText = (max = 200) =>
	z
		.string({ error: 'error_required' })
		.transform((v) => normaliseText(v))
		.pipe(z.string().min(1, { error: 'error_required' }).max(max, { error: 'error_too_long' }));

export const optionalText = (max = 200) =>
	z
		.string()
		.optional()
		.transform((v) => (v === undefined ? '' : normaliseText(v)))
		.pipe(z.string().max(max, { error: 'error_too_long' }))
		.transform((v) => (v === '' ? null : v));

export const longText = (max = 20_000) =>
	z
		.string()
		.optional()
		.transform((v) => (v === undefined ? '' : normaliseText(v, { multiline: true })))
		.pipe(z.string().max(max, { error: 'error_too_long' }));

export const emailField = () =>
	z
		.string({ error: 'error_required' })
		.transform((v) => normaliseEmail(v))
		.pipe(
			z
				.string()
				.min(1, { error: 'error_required' })
				.max(254, { error: 'error_too_long' })
				.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'error_email_invalid' })
		);

/** Passwords: at least 8 characters, passphrases up to 128, no composition rules; never trimmed. */
export const passwordField = () =>
	z
		.string({ error: 'error_required' })
		.transform((v) => v.normalize('NFC'))
		.pipe(
			z
				.string()
				.min(8, { error: 'error_password_too_short' })
				.max(128, { error: 'error_password_too_long' })
		);

export const dayField = () =>
	z
		.string({ error: 'error_required' })
		.trim()
		.refine((v) => isValidDay(v), { error: 'error_invalid_date' });

export const optionalDayField = () =>
	z
		.string()
		.optional()
		.transform((v) => (v ?? '').trim())
		.refine((v) => v === '' || isValidDay(v), { error: 'error_invalid_date' })
		.transform((v) => (v === '' ? null : v));

export const choiceField = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, { error: 'error_invalid_choice' });

/** An HTML checkbox: present ("on") or absent. */
export const checkboxField = () =>
	z
		.union([z.literal('on'), z.literal('true'), z.literal('1'), z.literal('')])
		.optional()
		.transform((v) => v === 'on' || v === 'true' || v === '1');

/** An integer id from a form (select value). */
export const idField = () =>
	z
		.string({ error: 'error_required' })
		.trim()
		.regex(/^[0-9]{1,12}$/, { error: 'error_invalid_value' })
		.transform(Number);

export const optionalIdField = () =>
	z
		.string()
		.optional()
		.transform((v) => (v ?? '').trim())
		.refine((v) => v === '' || /^[0-9]{1,12}$/.test(v), { error: 'error_invalid_value' })
		.transform((v) => (v === '' ? null : Number(v)));
