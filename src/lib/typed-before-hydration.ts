/**
 * On a slow link a server-rendered page can be used for seconds before its JavaScript arrives, and
 * hydration puts every field's value back to what the server rendered. The root layout keeps what was
 * typed or chosen before hydration (`keepTyped`, run before the page hydrates) and puts it back afterwards
 * (`restoreTyped`, on mount, after the page's own `onMount`), firing the input and change events a person's
 * typing would, so the page's own state follows: the questionnaire queues a restored choice or text for
 * saving at once (its fields save on `change`).
 */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
interface Kept {
	field: Field;
	value?: string;
	checked?: boolean;
	selected?: boolean[];
}

const untyped = new Set(['hidden', 'file', 'submit', 'button', 'reset', 'image']);

export function keepTyped(root: ParentNode = document): Kept[] {
	const kept: Kept[] = [];
	for (const field of root.querySelectorAll<Field>('input, textarea, select')) {
		if (field instanceof HTMLInputElement) {
			if (untyped.has(field.type)) continue;
			if (field.type === 'checkbox' || field.type === 'radio') {
				if (field.checked !== field.defaultChecked) kept.push({ field, checked: field.checked });
			} else if (field.value !== field.defaultValue) kept.push({ field, value: field.value });
		} else if (field instanceof HTMLTextAreaElement) {
			if (field.value !== field.defaultValue) kept.push({ field, value: field.value });
		} else {
			const selected = [...field.options].map((o) => o.selected);
			if (selected.some((s, i) => s !== field.options[i].defaultSelected)) kept.push({ field, selected });
		}
	}
	return kept;
}

export function restoreTyped(kept: Kept[]): number {
	let restored = 0;
	for (const { field, value, checked, selected } of kept) {
		if (!field.isConnected) continue;
		if (checked !== undefined && field instanceof HTMLInputElement) field.checked = checked;
		else if (value !== undefined && !(field instanceof HTMLSelectElement)) field.value = value;
		else if (selected && field instanceof HTMLSelectElement) selected.forEach((s, i) => field.options[i] && (field.options[i].selected = s));
		// Events even where hydration kept the value (a `bind:value` adopts what it finds, before the page has
		// mounted what acts on it, such as the questionnaire's autosaver): the page sees the change once mounted.
		restored++;
		field.dispatchEvent(new Event('input', { bubbles: true }));
		field.dispatchEvent(new Event('change', { bubbles: true }));
	}
	return restored;
}
