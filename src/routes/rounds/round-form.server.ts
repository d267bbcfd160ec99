/**
 * What the new-round and edit-round pages share: the choices the form offers and how its fields become a
 * `RoundInput` (one radio group per framework kind, each with a "not used" choice, become `frameworkIds`).
 */
import { error } from '@sveltejs/kit';
import type { Db } from '$lib/server/db';
import { formFailure, formToObject, parseForm, translate } from '$lib/server/forms';
import { DomainError } from '$lib/server/services/errors';
import { allOrganisationOptions, frameworkOptions } from '$lib/server/services/options';
import { roundSchema } from '$lib/domain/validation/rounds';
import type { Locale } from '$lib/domain/text';

const arrays = ['frameworkIds', 'organisationIds'] as const;

export async function roundFormChoices(db: Db, locale: Locale) {
	return {
		/** Framework versions, newest first within each kind. */
		frameworks: await frameworkOptions(db, locale),
		/** Every unit in Vietnamese alphabetical order; closed ones flagged and listed on request. */
		organisations: await allOrganisationOptions(db, locale)
	};
}

export function parseRoundForm(form: FormData) {
	for (const name of [...form.keys()].filter((k) => k.startsWith('framework_'))) {
		const id = form.get(name);
		if (typeof id === 'string' && id) form.append('frameworkIds', id);
	}
	return { parsed: parseForm(roundSchema, form, { arrays }), raw: formToObject(form, arrays) };
}

/** A service's refusal as the form's answer: the translated message next to its field, input kept. */
export function roundFormRefusal(e: unknown, values: Record<string, unknown>) {
	if (!(e instanceof DomainError)) throw e;
	if (e.status === 404) error(404, { message: 'not_found' });
	return formFailure(e.status, { values, errors: { [e.field]: translate(e.key, e.params) } });
}
