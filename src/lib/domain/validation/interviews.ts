import { z } from 'zod';
import { choiceField, dayField, longText, requiredText } from './fields';

const idList = (message?: string) => {
	const list = z.array(z.string().regex(/^[0-9]{1,12}$/, { error: 'error_invalid_value' }).transform(Number));
	return message ? list.min(1, { error: message }) : list;
};

export const interviewSchema = z.object({
	date: dayField(),
	stakeholderCategory: choiceField(['whole_of_government', 'data_holder', 'user_civil_society']),
	/** Roles, never personal names: ODRA interviews are confidential. */
	intervieweeRoles: requiredText(300),
	affiliation: requiredText(300),
	organisationIds: idList('error_interview_needs_organisation'),
	teamMemberIds: idList(),
	sections: z.array(z.string().regex(/^(DG|OD)-[1-9]$/, { error: 'error_invalid_value' })),
	notes: longText(50_000),
	baseVersion: z.coerce.number().int().min(0).default(0)
});
export type InterviewInput = z.infer<typeof interviewSchema>;

/** Citing an interview as evidence: questions posted as `assessmentId:questionCode`, for one organisation. */
export const citeInterviewSchema = z.object({
	organisationId: z.string({ error: 'error_required' }).regex(/^[0-9]{1,12}$/, { error: 'error_invalid_value' }).transform(Number),
	polarity: choiceField(['+', '-', 'o']),
	description: longText(2000).transform((v) => v || null),
	links: z
		.array(
			z
				.string()
				.regex(/^[0-9]{1,12}:(DG|OD)-[1-9]\.[0-9]{1,2}$/, { error: 'error_invalid_value' })
				.transform((v) => {
					const [assessmentId, questionCode] = v.split(':');
					return { assessmentId: Number(assessmentId), questionCode };
				})
		)
		.min(1, { error: 'error_cite_needs_question' })
});
export type CiteInterviewInput = z.infer<typeof citeInterviewSchema>;
