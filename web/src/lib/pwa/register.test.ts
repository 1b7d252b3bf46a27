// The update flow of registerServiceWorker with a stand-in for navigator.serviceWorker: a new
// version is offered only when one waits behind a controlling worker, is activated only when the
// person asks, and the page reloads only after that.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from './register';

class FakeTarget {
	private listeners = new Map<string, Array<() => void>>();
	addEventListener(type: string, listener: () => void) {
		this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
	}
	fire(type: string) {
		for (const listener of this.listeners.get(type) ?? []) listener();
	}
}

class FakeWorker extends FakeTarget {
	state = 'installing';
	posted: unknown[] = [];
	postMessage(message: unknown) {
		this.posted.push(message);
	}
}

function setUp(options: { controlled: boolean; waiting?: FakeWorker }) {
	const registration = Object.assign(new FakeTarget(), { waiting: options.waiting ?? null, installing: null as FakeWorker | null });
	const container = Object.assign(new FakeTarget(), {
		controller: options.controlled ? {} : null,
		register: vi.fn(async () => registration)
	});
	const reload = vi.fn();
	vi.stubGlobal('navigator', { serviceWorker: container });
	vi.stubGlobal('location', { reload });
	return { registration, container, reload };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('registerServiceWorker', () => {
	it('registers the classic worker for every visitor', async () => {
		const { container } = setUp({ controlled: false });
		registerServiceWorker(() => undefined);
		await settle();
		expect(container.register).toHaveBeenCalledWith('/service-worker.js', { type: 'classic' });
	});

	it('offers nothing on the first install (no page to replace)', async () => {
		const { registration } = setUp({ controlled: false });
		const onWaiting = vi.fn();
		registerServiceWorker(onWaiting);
		await settle();
		const worker = new FakeWorker();
		registration.installing = worker;
		registration.fire('updatefound');
		worker.state = 'installed';
		worker.fire('statechange');
		expect(onWaiting).not.toHaveBeenCalled();
	});

	it('offers a new version that installed behind the current one, and activates it only when asked', async () => {
		const { registration, container, reload } = setUp({ controlled: true });
		const onWaiting = vi.fn<(activate: () => void) => void>();
		registerServiceWorker(onWaiting);
		await settle();
		const worker = new FakeWorker();
		registration.installing = worker;
		registration.fire('updatefound');
		worker.state = 'installed';
		worker.fire('statechange');
		expect(onWaiting).toHaveBeenCalledTimes(1);
		expect(worker.posted).toEqual([]);

		// Another tab activated it: this page is not reloaded under the person's hands.
		container.fire('controllerchange');
		expect(reload).not.toHaveBeenCalled();

		onWaiting.mock.calls[0]![0]();
		expect(worker.posted).toEqual([{ type: 'SKIP_WAITING' }]);
		container.fire('controllerchange');
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('offers a version already waiting when the page opens', async () => {
		const waiting = new FakeWorker();
		waiting.state = 'installed';
		setUp({ controlled: true, waiting });
		const onWaiting = vi.fn();
		registerServiceWorker(onWaiting);
		await settle();
		expect(onWaiting).toHaveBeenCalledTimes(1);
	});
});
