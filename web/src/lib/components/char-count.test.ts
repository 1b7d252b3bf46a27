import { describe, expect, it } from 'vitest';
import { countSentence, lengthOf } from './char-count';

const words = ['{count} left', '{count} left (one)', '{count} over, remove {count}', '{count} over (one)'];

describe('countSentence', () => {
	it.each([
		{ length: 0, limit: 10, text: '10 left', over: false },
		{ length: 9, limit: 10, text: '1 left (one)', over: false },
		{ length: 10, limit: 10, text: '0 left', over: false },
		{ length: 11, limit: 10, text: '1 over (one)', over: true },
		{ length: 13, limit: 10, text: '3 over, remove 3', over: true }
	])('$length of $limit: $text', ({ length, limit, text, over }) => {
		expect(countSentence(length, limit, words)).toEqual({ text, over });
	});

	it('says nothing rather than fail when sentences are missing', () => {
		expect(countSentence(1, 10, [])).toEqual({ text: '', over: false });
	});
});

describe('lengthOf', () => {
	it.each([
		['', 0],
		['abc', 3],
		['a\r\nb', 3],
		['a\rb\nc', 5]
	])('%j is %i characters', (text, length) => {
		expect(lengthOf(text)).toBe(length);
	});
});
