import { expect, it } from 'vitest';
import { safeReturnTo } from './return-to';

it.each([
	['/lapor', '/lapor'],
	['/lacak/GWA-7K3P-9Q?baru=1', '/lacak/GWA-7K3P-9Q?baru=1'],
	['//evil.example', '/'],
	['/\\evil.example', '/'],
	['https://evil.example/x', '/'],
	['lapor', '/'],
	['/\t/evil.example', '/'],
	[undefined, '/'],
	['', '/']
])('%s → %s', (input, expected) => {
	expect(safeReturnTo(input)).toBe(expected);
});
