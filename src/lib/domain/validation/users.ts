import { z } from 'zod';
import { roles } from '../access';
import {
	checkboxField,
	choiceField,
	emailField,
	optionalIdField,
	passwordField,
	requiredText
} from './fields';

export const signInSchema = z.object({
	email: emailField(),
	// Never reveal rules at sign-in: any non-empty password is checked against the hash.
	password: z.string({ error: 'error_required' }).min(1, { error: 'error_required' }).max(1024, { error: 'error_too_long' })
});

const userFields = {
	name: requiredText(120),
	email: emailField(),
	role: choiceField(roles),
	organisationId: optionalIdField(),
	isLead: checkboxField(),
	locale: choiceField(['vi', 'en'])
};

type UserFields = { role: string; organisationId: number | null; isLead: boolean };

/** A respondent belongs to one organisation; only respondents can be organisation leads. */
function checkRoleOrganisation(value: UserFields, ctx: z.RefinementCtx) {
	if (value.role === 'respondent' && value.organisationId === null)
		ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'error_respondent_needs_organisation' });
	if (value.role !== 'respondent' && value.isLead)
		ctx.addIssue({ code: 'custom', path: ['isLead'], message: 'error_lead_only_respondent' });
}

export const createUserSchema = z
	.object({ ...userFields, password: passwordField() })
	.superRefine(checkRoleOrganisation);
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object(userFields).superRefine(checkRoleOrganisation);
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({ password: passwordField() });
