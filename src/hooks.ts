/**
 * Universal hooks. `transport` lets a questionnaire page rendered by the server leave its questions' wording
 * out of the hydration data: the browser reads it back from the page (src/lib/domain/question-texts.ts).
 */
import type { Transport } from '@sveltejs/kit';
import { decodeQuestionTexts, encodeQuestionTexts } from '$lib/domain/question-texts';

export const transport: Transport = {
	QuestionTexts: { encode: encodeQuestionTexts, decode: decodeQuestionTexts }
};
