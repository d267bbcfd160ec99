/**
 * Steps every fieldwork route repeats: ids from the URL, the round and organisation (404 when absent),
 * refusals from the services turned into form failures, and the fact-sheet form.
 */
import type { z } from 'zod';
import type { Db } from './db';
import { forbidden, notFound, type AuthedUser } from './auth/guards';
import { formFailure, formToObject, issuesToErrors, translate, type ParseResult } from './forms';
import { DomainError } from './services/errors';
import { fieldworkRound, inRound, interviewFor, organisationNames, type FieldworkRound } from './services/fieldwork';
import type { InterviewView } from './services/interviews';
import { factSheetFromForm, factSheetSchema, type FactSheetInput } from '$lib/domain/validation/fact-sheets';
import type { Locale } from '$lib/domain/text';

/** A positive integer id from the URL, or 404. */
export function idParam(raw: string): number {
	const id = /^[0-9]{1,12}$/.test(raw) ? Number(raw) : 0;
	if (id <= 0) notFound();
	return id;
}

export async function roundOr404(db: Db, raw: string, locale: Locale): Promise<FieldworkRound> {
	const fr = await fieldworkRound(db, idParam(raw), locale);
	if (!fr) notFound();
	return fr;
}

/** An organisation of the round, with its name as the round knew it; 404 for organisations outside it. */
export function organisationOr404(db: Db, fr: FieldworkRound, raw: string, locale: Locale): { id: number; name: string } {
	const id = idParam(raw);
	if (!inRound(db, fr.round.id, id)) notFound();
	return { id, name: organisationNames(db, fr.round, [id], locale).get(id) ?? '—' };
}

/** An interview of the round this person may read: 404 when it is not in the round, 403 when not theirs. */
export function interviewOr403(db: Db, user: AuthedUser, fr: FieldworkRound, raw: string): InterviewView {
	const found = interviewFor(db, user, fr.round.id, idParam(raw));
	if (found === 'not_found') notFound();
	if (found === 'forbidden') forbidden();
	return found;
}

/** A service's refusal as a form failure with the translated message next to its field. */
export function refusal(e: unknown, form: string | undefined, values: Record<string, unknown>) {
	if (e instanceof DomainError) return formFailure(e.status, { form, values, errors: { [e.field]: translate(e.key, e.params) } });
	throw e;
}

/** The fact-sheet form: fields arrive as `field.owner`…, and their errors go back under those names. */
export function parseFactSheet(form: FormData): ParseResult<FactSheetInput> {
	const raw = formToObject(form);
	const parsed = factSheetSchema.safeParse(factSheetFromForm(raw));
	if (parsed.success) return { ok: true, data: parsed.data };
	const issues = parsed.error.issues.map((i) => (i.path[0] === 'fields' ? { ...i, path: [`field.${String(i.path[1])}`] } : i)) as z.core.$ZodIssue[];
	return { ok: false, values: raw, errors: issuesToErrors(issues) };
}
