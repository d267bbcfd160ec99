import { describe, expect, it } from 'vitest';
import {
	daysUntilDeadline,
	deadlineInstant,
	formatDateTime,
	isValidDay,
	normaliseText,
	searchKey,
	sortByName,
	vietnamDay
} from './text';

describe('Vietnamese text', () => {
	it('normalises decomposed input (Unikey/VNI, Word) to NFC', () => {
		const decomposed = 'Ha\u0300 Nô\u0323i'; // "Hà Nội" typed with combining marks
		expect(decomposed).not.toBe('Hà Nội');
		expect(normaliseText(`  ${decomposed}  `)).toBe('Hà Nội');
	});

	it('sorts names in Vietnamese order, not byte order (Đ after D, before E)', () => {
		const names = ['Đồng Tháp', 'Zeta', 'Cần Thơ', 'Điện Biên', 'Đà Nẵng', 'Gia Lai', 'Dak', 'Ê Đê', 'An Giang', 'Ăn'];
		expect(sortByName(names, (n) => n)).toEqual([
			'An Giang',
			'Ăn',
			'Cần Thơ',
			'Dak',
			'Đà Nẵng',
			'Điện Biên',
			'Đồng Tháp',
			'Ê Đê',
			'Gia Lai',
			'Zeta'
		]);
	});

	it('folds diacritics for search', () => {
		expect(searchKey('Đà Nẵng')).toBe('da nang');
		expect(searchKey('NGUYỄN')).toBe('nguyen');
	});
});

describe('time in Vietnam', () => {
	it('a deadline is the end of that day in Asia/Ho_Chi_Minh', () => {
		expect(deadlineInstant('2026-11-30').toISOString()).toBe('2026-11-30T16:59:59.999Z');
	});

	it('counts whole days left until the deadline', () => {
		expect(daysUntilDeadline('2026-11-30', Date.parse('2026-11-27T10:00:00Z'))).toBe(3);
		expect(daysUntilDeadline('2026-11-30', Date.parse('2026-11-30T16:00:00Z'))).toBe(0);
		expect(daysUntilDeadline('2026-11-30', Date.parse('2026-11-30T17:00:00Z'))).toBe(-1);
	});

	it('the day in Vietnam can differ from the UTC day', () => {
		expect(vietnamDay(Date.parse('2026-11-22T18:30:00Z'))).toBe('2026-11-23');
	});

	it('shows instants in Vietnam time in both languages', () => {
		const at = Date.parse('2026-11-22T18:30:00Z');
		expect(formatDateTime(at, 'vi')).toContain('01:30');
		expect(formatDateTime(at, 'en')).toContain('01:30');
	});

	it.each([
		['2026-02-29', false],
		['2028-02-29', true],
		['2026-13-01', false],
		['26-01-01', false],
		['2026-01-31', true]
	])('isValidDay(%s) = %s', (day, valid) => {
		expect(isValidDay(day)).toBe(valid);
	});
});
