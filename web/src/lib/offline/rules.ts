// The rules of what this phone keeps (pure, tested beside it): how long a draft may stay, and how
// an item of the offline outbox (the phone's queue of reports waiting to be sent) moves from state to
// state. "Delivery" is the server's outgoing messages: not this.

/** A draft holds a name, a phone number and photos on what may be a shared phone: 7 days at most. */
export const DRAFT_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

export function isExpired(savedAt: number, now: number, days = DRAFT_DAYS): boolean {
	return !(savedAt <= now + DAY) || now - savedAt > days * DAY;
}

/**
 * waiting: kept on the phone, to be sent when there is a connection; sending: being sent now;
 * sent: arrived (its tracking code known); failed: the server refused it (a reason to show and a
 * "Coba lagi" button), never sent again by itself.
 */
/** An outbox item's states, in the order a report moves through them. */
export const outboxStates = ['waiting', 'sending', 'sent', 'failed'] as const;
export type OutboxState = (typeof outboxStates)[number];

export type OutboxEvent =
	| { type: 'start' }
	| { type: 'offline'; reason: string }
	| { type: 'refused'; reason: string }
	| { type: 'sent'; trackingCode: string; pin: string | null }
	| { type: 'retry' };

export interface OutboxStatus {
	state: OutboxState;
	attempts: number;
	lastError: string | null;
	trackingCode: string | null;
	pin: string | null;
}

/** The next status after `event`; an event that does not apply leaves the item as it was. */
export function nextStatus(status: OutboxStatus, event: OutboxEvent): OutboxStatus {
	switch (event.type) {
		case 'start':
			return status.state === 'waiting' ? { ...status, state: 'sending', attempts: status.attempts + 1 } : status;
		case 'offline':
			// The connection dropped on the way: it waits again and goes by itself.
			return status.state === 'sending' ? { ...status, state: 'waiting', lastError: event.reason } : status;
		case 'refused':
			return status.state === 'sending' ? { ...status, state: 'failed', lastError: event.reason } : status;
		case 'sent':
			return status.state === 'sending' || status.state === 'waiting'
				? { ...status, state: 'sent', lastError: null, trackingCode: event.trackingCode, pin: event.pin }
				: status;
		case 'retry':
			return status.state === 'failed' || status.state === 'waiting' ? { ...status, state: 'waiting' } : status;
	}
}

/** Items that still wait to reach the server (the header's count). */
export function isPending(state: OutboxState): boolean {
	return state === 'waiting' || state === 'sending' || state === 'failed';
}

/**
 * An item left "sending" by a closed tab or a worker stopped half-way is sending no more after a
 * while: it waits again (the server knows a second try of the same request).
 */
export const STALE_SENDING_MS = 2 * 60 * 1000;

export function recovered(status: OutboxStatus & { updatedAt: number }, now: number): OutboxStatus {
	return status.state === 'sending' && now - status.updatedAt > STALE_SENDING_MS ? { ...status, state: 'waiting' } : status;
}
