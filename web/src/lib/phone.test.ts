import { describe, expect, it } from 'vitest';
import { localPhone } from './phone';

describe('localPhone', () => {
	it.each([
		['+6281234567890', '0812 3456 7890'],
		['+628123456789', '0812 3456 789'],
		['+62411861234', '0411 8612 34'],
		['+62812345', '0812 345'],
		['+6281234', '+6281234'],
		['0812', '0812'],
		['+1 555 0100', '+1 555 0100']
	])('%s reads as %s', (stored, shown) => expect(localPhone(stored)).toBe(shown));
});
