import { z } from 'zod';
import { orgKinds } from '../frameworks/vocabulary';
import { regionCodes } from '../organisations';
import { choiceField, dayField, optionalIdField, optionalText, requiredText } from './fields';

const region = z
	.string()
	.optional()
	.transform((v) => (v ?? '').trim())
	.refine((v) => v === '' || (regionCodes as readonly string[]).includes(v), { error: 'error_invalid_choice' })
	.transform((v) => (v === '' ? null : v));

export const createOrganisationSchema = z.object({
	nameVi: requiredText(200),
	nameEn: optionalText(200),
	kind: choiceField(orgKinds),
	region,
	parentId: optionalIdField(),
	validFrom: dayField()
});
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;

export const renameOrganisationSchema = z.object({
	nameVi: requiredText(200),
	nameEn: optionalText(200),
	kind: choiceField(orgKinds),
	from: dayField()
});
export type RenameOrganisationInput = z.infer<typeof renameOrganisationSchema>;

export const closeOrganisationSchema = z.object({ lastDay: dayField() });

export const mergeOrganisationsSchema = z.object({
	organisationIds: z
		.array(z.string().regex(/^[0-9]{1,12}$/, { error: 'error_invalid_value' }).transform(Number))
		.min(2, { error: 'error_merge_needs_two' }),
	nameVi: requiredText(200),
	nameEn: optionalText(200),
	kind: choiceField(orgKinds),
	region,
	from: dayField()
});
export type MergeOrganisationsInput = z.infer<typeof mergeOrganisationsSchema>;
