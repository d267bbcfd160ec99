import { z } from 'zod';
import { choiceField, checkboxField, idField, optionalDayField, optionalText, requiredText } from './fields';

const ids = (message: string) =>
	z
		.array(z.string().regex(/^[0-9]{1,12}$/, { error: 'error_invalid_value' }).transform(Number))
		.min(1, { error: message });

export const roundSchema = z
	.object({
		nameVi: requiredText(200),
		nameEn: optionalText(200),
		year: z.coerce
			.number({ error: 'error_invalid_value' })
			.int({ error: 'error_invalid_value' })
			.min(2000, { error: 'error_year_range' })
			.max(2100, { error: 'error_year_range' }),
		mode: choiceField(['self_then_validation', 'interview_only']),
		blind: checkboxField(),
		frameworkIds: z.array(z.string().max(40)).min(1, { error: 'error_round_needs_framework' }),
		organisationIds: ids('error_round_needs_organisation'),
		selfDeadline: optionalDayField(),
		reviewDeadline: optionalDayField()
	})
	.superRefine((v, ctx) => {
		if (v.selfDeadline && v.reviewDeadline && v.reviewDeadline < v.selfDeadline)
			ctx.addIssue({ code: 'custom', path: ['reviewDeadline'], message: 'error_round_review_before_self' });
	});
export type RoundInput = z.infer<typeof roundSchema>;

export const deadlinesSchema = z
	.object({ selfDeadline: optionalDayField(), reviewDeadline: optionalDayField() })
	.superRefine((v, ctx) => {
		if (v.selfDeadline && v.reviewDeadline && v.reviewDeadline < v.selfDeadline)
			ctx.addIssue({ code: 'custom', path: ['reviewDeadline'], message: 'error_round_review_before_self' });
	});

export const roundTransitionSchema = z.object({ transition: choiceField(['open', 'close', 'reopen', 'publish']) });

/** The assessors of one organisation in a round (no box ticked: nobody assigned). */
export const roundAssessorsSchema = z.object({
	organisationId: idField(),
	assessorIds: z.array(z.string().regex(/^[0-9]{1,12}$/, { error: 'error_invalid_value' }).transform(Number)).max(200)
});
