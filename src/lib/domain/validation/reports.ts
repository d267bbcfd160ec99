/**
 * The report editor's forms: a passage in Vietnamese and/or English (at least one), and for actions the
 * responsible body, timescale, cost, dependencies and priority. Every text is NFC-normalised.
 */
import { z } from 'zod';
import { choiceField, longText, optionalText } from './fields';
import { priorities, timescales } from '../report/draft';

export const itemKinds = ['strength', 'challenge', 'remark', 'recommendation', 'action'] as const;

const passage = z
	.object({
		textVi: longText(4000),
		textEn: longText(4000),
		responsibleVi: optionalText(300),
		responsibleEn: optionalText(300),
		timescale: choiceField(timescales).optional(),
		cost: optionalText(300),
		dependencies: optionalText(1000),
		priority: choiceField(priorities).optional()
	})
	.superRefine((v, ctx) => {
		if (!v.textVi && !v.textEn) ctx.addIssue({ code: 'custom', path: ['textVi'], message: 'error_report_text_required' });
	});

export const itemUpdateSchema = z.intersection(passage, z.object({ item: z.coerce.number().int().positive(), baseVersion: z.coerce.number().int().min(1) }));

export const itemAddSchema = z.intersection(passage, z.object({ section: z.string().trim().min(1, { error: 'error_required' }).max(40), kind: choiceField(itemKinds) }));

export type PassageInput = z.infer<typeof passage>;

/** The stored item: texts (null when empty) and, for an action, its fields. */
export function itemFromPassage(kind: string, p: PassageInput): { textVi: string | null; textEn: string | null; fields: Record<string, unknown> } {
	const fields: Record<string, unknown> =
		kind === 'action'
			? { responsibleVi: p.responsibleVi ?? '', responsibleEn: p.responsibleEn ?? '', timescale: p.timescale ?? '6-18', cost: p.cost ?? '', dependencies: p.dependencies ?? '', priority: p.priority ?? 'medium' }
			: {};
	return { textVi: p.textVi || null, textEn: p.textEn || null, fields };
}
