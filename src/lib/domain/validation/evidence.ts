import { z } from 'zod';
import { choiceField, optionalText, requiredText } from './fields';

const questionRef = z.object({ assessmentId: z.number().int().positive(), questionCode: z.string().max(20) });

/** Evidence added by hand: a document (the file is checked separately) or a web link. */
export const evidenceSchema = (kind: 'document' | 'link') =>
	z.object({
		title: requiredText(300),
		description: optionalText(2000),
		polarity: choiceField(['+', '-', 'o']),
		url:
			kind === 'link'
				? z
						.string({ error: 'error_url_invalid' })
						.trim()
						.max(2000, { error: 'error_too_long' })
						.refine((v) => {
							try {
								const u = new URL(v);
								return u.protocol === 'https:' || u.protocol === 'http:';
							} catch {
								return false;
							}
						}, { error: 'error_url_invalid' })
				: z.any().transform(() => undefined),
		links: z.array(questionRef).max(200)
	});
