import { describe, expect, it } from 'vitest';
import { DRAFT_DAYS, isExpired, isPending, nextStatus, recovered, STALE_SENDING_MS, type OutboxEvent, type OutboxStatus } from './rules';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 11, 6, 2, 0);

describe('isExpired', () => {
	it.each([
		['saved a minute ago', now - 60_000, false],
		['saved six days ago', now - 6 * DAY, false],
		['saved exactly seven days ago', now - DRAFT_DAYS * DAY, false],
		['saved seven days and a minute ago', now - DRAFT_DAYS * DAY - 60_000, true],
		['a clock far in the future when saved', now + 3 * DAY, true],
		['no time at all', Number.NaN, true]
	])('%s', (_name, savedAt, expired) => {
		expect(isExpired(savedAt, now)).toBe(expired);
	});
});

const start: OutboxStatus = { state: 'waiting', attempts: 0, lastError: null, trackingCode: null, pin: null };

describe('nextStatus', () => {
	const cases: Array<[string, OutboxStatus, OutboxEvent, Partial<OutboxStatus>]> = [
		['a waiting item starts sending', start, { type: 'start' }, { state: 'sending', attempts: 1 }],
		['a sent item is not sent again', { ...start, state: 'sent', trackingCode: 'GWA-1' }, { type: 'start' }, { state: 'sent', attempts: 0 }],
		['a refused item waits for a person', { ...start, state: 'failed' }, { type: 'start' }, { state: 'failed' }],
		['a dropped connection: waits again', { ...start, state: 'sending' }, { type: 'offline', reason: 'x' }, { state: 'waiting', lastError: 'x' }],
		['a refusal: failed with its reason', { ...start, state: 'sending' }, { type: 'refused', reason: 'y' }, { state: 'failed', lastError: 'y' }],
		['arrived: code and PIN', { ...start, state: 'sending', lastError: 'x' }, { type: 'sent', trackingCode: 'GWA-2', pin: '123' }, { state: 'sent', lastError: null, trackingCode: 'GWA-2', pin: '123' }],
		['"Coba lagi" on a failed item', { ...start, state: 'failed' }, { type: 'retry' }, { state: 'waiting' }],
		['"Coba lagi" on a sent item does nothing', { ...start, state: 'sent' }, { type: 'retry' }, { state: 'sent' }]
	];
	it.each(cases)('%s', (_name, from, event, expected) => {
		expect(nextStatus(from, event)).toMatchObject(expected);
	});
});

describe('isPending and recovered', () => {
	it('counts what has not arrived', () => {
		expect(['waiting', 'sending', 'failed', 'sent'].map((s) => isPending(s as OutboxStatus['state']))).toEqual([true, true, true, false]);
	});
	it('lets an item stuck in "sending" wait again after a while', () => {
		const stuck = { ...start, state: 'sending' as const, updatedAt: now - STALE_SENDING_MS - 1 };
		expect(recovered(stuck, now).state).toBe('waiting');
		expect(recovered({ ...stuck, updatedAt: now - 1000 }, now).state).toBe('sending');
	});
});
