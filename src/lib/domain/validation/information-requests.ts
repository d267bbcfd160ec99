import { z } from 'zod';
import { choiceField, longText, optionalIdField } from './fields';

/** One item of the pre-fieldwork checklist, as the assessor updates it. */
export const informationRequestSchema = z.object({
	itemCode: z.string({ error: 'error_required' }).regex(/^IR-[0-9]{2}$/, { error: 'error_invalid_value' }),
	status: choiceField(['requested', 'received', 'missing']),
	note: longText(2000).transform((v) => v || null),
	evidenceId: optionalIdField(),
	baseVersion: z.coerce.number().int().min(0).default(0)
});
export type InformationRequestInput = z.infer<typeof informationRequestSchema>;
