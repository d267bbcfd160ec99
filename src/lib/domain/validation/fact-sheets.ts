import { z } from 'zod';
import { factSheetFields, feasibilityLevels } from '../fact-sheets';
import { choiceField, requiredText } from './fields';
import { normaliseText } from '../text';

const fieldText = z
	.string()
	.optional()
	.transform((v) => (v ? normaliseText(v, { multiline: true }) : ''))
	.pipe(z.string().max(2000, { error: 'error_too_long' }));

export const factSheetSchema = z.object({
	title: requiredText(300),
	fields: z.object(Object.fromEntries(factSheetFields.map((f) => [f, fieldText])) as Record<(typeof factSheetFields)[number], typeof fieldText>),
	feasibilityPolicy: choiceField(feasibilityLevels),
	feasibilityTechnical: choiceField(feasibilityLevels),
	feasibilityInstitutional: choiceField(feasibilityLevels),
	baseVersion: z.coerce.number().int().min(0).default(0)
});
export type FactSheetInput = z.infer<typeof factSheetSchema>;

/** The form posts `field.owner`, `field.formats`… — gathered into `fields`. */
export function factSheetFromForm(form: Record<string, unknown>): Record<string, unknown> {
	const fields = Object.fromEntries(factSheetFields.map((f) => [f, form[`field.${f}`] ?? '']));
	return { ...form, fields };
}

/** The inverse of `factSheetFromForm`: a saved or parsed sheet as the form's flat values. */
export function factSheetToForm(sheet: {
	title: string;
	fields: Partial<Record<string, string>>;
	feasibilityPolicy: string;
	feasibilityTechnical: string;
	feasibilityInstitutional: string;
	baseVersion?: number;
	version?: number;
}): Record<string, unknown> {
	return {
		title: sheet.title,
		...Object.fromEntries(factSheetFields.map((f) => [`field.${f}`, sheet.fields[f] ?? ''])),
		feasibilityPolicy: sheet.feasibilityPolicy,
		feasibilityTechnical: sheet.feasibilityTechnical,
		feasibilityInstitutional: sheet.feasibilityInstitutional,
		baseVersion: sheet.baseVersion ?? sheet.version ?? 0
	};
}
