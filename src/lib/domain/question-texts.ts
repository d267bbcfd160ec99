/**
 * The wording of a questionnaire page's questions: label, question, guidance and descriptors. It is the
 * framework version's text (never changed by the page), and most of the page's bytes.
 *
 * The server renders it into the page's HTML. Sending it a second time as hydration data made it the largest
 * part of a questionnaire request's work (devalue escapes it character by character; docs/performance.md,
 * P1). So, through SvelteKit's `transport` hook (`src/hooks.ts`), a page rendered by the server sends only
 * the question codes, and the browser reads the wording back from the elements that show it (marked
 * `data-t`), which are in the page above the script that starts hydration. Data loaded later (a client-side
 * navigation, or the refresh after a form is sent) carries the wording itself.
 */
export interface QuestionText {
	label: string;
	text: string;
	guidance: string[];
	/** One per rating of the page's scale, in its order; null where the method writes none. */
	descriptors: (string | null)[];
}

/** What `data-t` says an element holds. */
export const TEXT_MARK = { label: 'l', text: 't', guidance: 'g', descriptor: (i: number) => `d${i}` } as const;

/** No wording: a question the page does not show (never expected; a development build warns). */
const noWording = (scaleLength: number): QuestionText => ({ label: '', text: '', guidance: [], descriptors: Array(scaleLength).fill(null) });

export class QuestionTexts {
	constructor(
		readonly byCode: Record<string, QuestionText>,
		/** The number of ratings on the scale (the length of every `descriptors`). */
		readonly scaleLength: number,
		/** Rendered in the same response: the browser can read the wording from the page. */
		readonly inPage = false
	) {}

	of(code: string): QuestionText {
		return this.byCode[code] ?? noWording(this.scaleLength);
	}
}

type Encoded = [codes: string[], scaleLength: number] | [codes: string[], scaleLength: number, byCode: Record<string, QuestionText>];

export function encodeQuestionTexts(value: unknown): Encoded | false {
	if (!(value instanceof QuestionTexts)) return false;
	const codes = Object.keys(value.byCode);
	return value.inPage ? [codes, value.scaleLength] : [codes, value.scaleLength, value.byCode];
}

/** The wording of one question as its card shows it (`root` is the card). */
export function readQuestionText(root: ParentNode, scaleLength: number): QuestionText {
	const one = (mark: string) => root.querySelector(`[data-t="${mark}"]`)?.textContent ?? '';
	return {
		label: one(TEXT_MARK.label),
		text: one(TEXT_MARK.text),
		guidance: [...root.querySelectorAll(`[data-t="${TEXT_MARK.guidance}"]`)].map((e) => e.textContent ?? ''),
		descriptors: Array.from({ length: scaleLength }, (_, i) => one(TEXT_MARK.descriptor(i)) || null)
	};
}

export function decodeQuestionTexts([codes, scaleLength, byCode]: Encoded): QuestionTexts {
	if (byCode) return new QuestionTexts(byCode, scaleLength);
	const read: Record<string, QuestionText> = {};
	for (const code of codes) {
		const card = document.getElementById(code);
		if (import.meta.env.DEV && card?.tagName !== 'ARTICLE') console.warn(`question ${code}: no card in the page to read its wording from`);
		read[code] = card ? readQuestionText(card, scaleLength) : noWording(scaleLength);
	}
	return new QuestionTexts(read, scaleLength);
}
