/**
 * What a save of one answer looks like, from the autosave endpoint or from the page's save button.
 */
import { z } from 'zod';
import { normaliseText } from '../text';
import { dgRatings, odRatings } from '../frameworks/vocabulary';
import type { Framework } from '../frameworks/schema';

export const MAX_COMMENT = 5000;
export const MAX_NA_REASON = 1000;

const text = (max: number) =>
	z
		.string()
		.nullish()
		.transform((v) => (v ? normaliseText(v, { multiline: true }) : ''))
		.pipe(z.string().max(max, { error: 'error_too_long' }))
		.transform((v) => (v === '' ? null : v));

export const answerSaveSchema = z.object({
	questionCode: z.string().max(20, { error: 'error_invalid_value' }),
	source: z.enum(['self', 'assessor', 'final'], { error: 'error_invalid_choice' }),
	rating: z
		.string()
		.max(20, { error: 'error_invalid_value' })
		.nullish()
		.transform((v) => (v ? v : null)),
	naReason: text(MAX_NA_REASON),
	comment: text(MAX_COMMENT),
	/** The version the person's edit was based on; 0 when they started from no answer. */
	baseVersion: z.coerce.number({ error: 'error_invalid_value' }).int().min(0).max(1_000_000),
	/** Client-generated id of this save, so a retried save is applied once. */
	clientId: z
		.string()
		.regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'error_invalid_value' })
		.optional()
});
export type AnswerSave = z.infer<typeof answerSaveSchema>;

export function allowedRatings(fw: Framework): readonly string[] {
	return fw.kind === 'dg' ? dgRatings : odRatings;
}

/**
 * The page's save button posts every question of the page at once, with fields named
 * `rating.<code>`, `naReason.<code>`, `comment.<code>`, `version.<code>`.
 */
export function answersFromForm(form: Record<string, unknown>, source: string): Record<string, unknown>[] {
	const codes = new Set<string>();
	for (const key of Object.keys(form)) {
		const match = /^(?:rating|naReason|comment|version)\.(.+)$/.exec(key);
		if (match) codes.add(match[1]);
	}
	return [...codes].sort().map((code) => ({
		questionCode: code,
		source,
		rating: form[`rating.${code}`] ?? null,
		naReason: form[`naReason.${code}`] ?? null,
		comment: form[`comment.${code}`] ?? null,
		baseVersion: form[`version.${code}`] ?? '0'
	}));
}
