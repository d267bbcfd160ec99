import { describe, expect, it } from 'vitest';
import { QuestionTexts, decodeQuestionTexts, encodeQuestionTexts, readQuestionText, type QuestionText } from './question-texts';

const wording: Record<string, QuestionText> = {
	'DG-2.1': { label: 'Dịch vụ công trực tuyến', text: 'Thủ tục nào được cung cấp toàn trình?', guidance: ['Xin danh mục', 'Thử một dịch vụ'], descriptors: ['Mức 1', 'Mức 2', 'Mức 3', 'Mức 4', null, null] }
};

/** The few DOM calls the reader makes, over elements given as (data-t, text) pairs in page order. */
function card(elements: [mark: string, text: string][]): ParentNode {
	const el = ([, text]: [string, string]) => ({ textContent: text });
	const mark = (selector: string) => /data-t="([^"]+)"/.exec(selector)?.[1];
	return {
		querySelector: (selector: string) => {
			const found = elements.find(([m]) => m === mark(selector));
			return found ? el(found) : null;
		},
		querySelectorAll: (selector: string) => elements.filter(([m]) => m === mark(selector)).map(el)
	} as unknown as ParentNode;
}

describe('the questions’ wording through the transport hook', () => {
	it('sends only the codes when the page carries the wording, and all of it otherwise', () => {
		expect(encodeQuestionTexts(new QuestionTexts(wording, 6, true))).toEqual([['DG-2.1'], 6]);
		expect(encodeQuestionTexts(new QuestionTexts(wording, 6, false))).toEqual([['DG-2.1'], 6, wording]);
		expect(encodeQuestionTexts({ byCode: wording })).toBe(false);
	});

	it('decodes data that carries the wording without reading the page', () => {
		const decoded = decodeQuestionTexts([['DG-2.1'], 6, wording]);
		expect(decoded).toBeInstanceOf(QuestionTexts);
		expect(decoded.of('DG-2.1')).toEqual(wording['DG-2.1']);
	});

	it('reads a card’s wording back as the card shows it: guidance in order, no descriptor where none is written', () => {
		const shown = card([
			['l', 'Dịch vụ công trực tuyến'],
			['t', 'Thủ tục nào được cung cấp toàn trình?'],
			['g', 'Xin danh mục'],
			['g', 'Thử một dịch vụ'],
			['d0', 'Mức 1'],
			['d1', 'Mức 2'],
			['d2', 'Mức 3'],
			['d3', 'Mức 4'],
			['d4', ''],
			['d5', '']
		]);
		expect(readQuestionText(shown, 6)).toEqual(wording['DG-2.1']);
	});

	it('a national question shows no choices: its descriptors read as none', () => {
		expect(readQuestionText(card([['l', 'Nhãn'], ['t', 'Câu hỏi']]), 7).descriptors).toEqual(Array(7).fill(null));
	});
});
