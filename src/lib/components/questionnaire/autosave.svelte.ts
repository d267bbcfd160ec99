/**
 * Autosave for the questionnaire: every change is queued, kept in this browser (localStorage, keyed by
 * user, assessment and source) until the server has it, and sent with a client-generated id so a retried
 * save is applied once. Survives a dropped connection, a closed tab and an expired session; cleared at
 * sign-out. No service worker, nothing of the signed-in pages cached.
 */

export interface AnswerValues {
	rating: string | null;
	naReason: string | null;
	comment: string | null;
}

export interface ConflictInfo {
	mine: AnswerValues;
	current: AnswerValues & { version: number; updatedBy: string | null; updatedAt: string | null };
}

interface PendingItem {
	values: AnswerValues;
	baseVersion: number;
	clientId: string;
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'offline' | 'expired' | 'error';

export { pendingKey, clearAllPending } from './pending-store';

function newClientId(): string {
	const bytes = new Uint8Array(16);
	crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface SavedInfo {
	code: string;
	version: number;
	values: AnswerValues;
	selfRating?: AnswerValues | null;
}

export class Autosaver {
	status: SaveStatus = $state('idle');
	pendingCount = $state(0);
	conflicts: Record<string, ConflictInfo> = $state({});
	errors: Record<string, string> = $state({});
	/** Per question: saving / saved / error, for the small indicator beside each question. */
	itemStatus: Record<string, 'saving' | 'saved' | 'error' | 'pending'> = $state({});

	#pending: Record<string, PendingItem> = {};
	#versions: Record<string, number>;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#retryDelay = 1000;
	#sending = false;

	constructor(
		private readonly key: string,
		private readonly endpoint: string,
		private readonly source: string,
		versions: Record<string, number>,
		private readonly onSaved: (info: SavedInfo) => void = () => {}
	) {
		this.#versions = { ...versions };
		this.#load();
	}

	#load() {
		try {
			this.#pending = JSON.parse(localStorage.getItem(this.key) ?? '{}') as Record<string, PendingItem>;
		} catch {
			this.#pending = {};
		}
		this.#count();
	}

	#persist() {
		try {
			if (Object.keys(this.#pending).length) localStorage.setItem(this.key, JSON.stringify(this.#pending));
			else localStorage.removeItem(this.key);
		} catch {
			// Storage full or unavailable: the change still goes out while the page is open.
		}
		this.#count();
	}

	#count() {
		this.pendingCount = Object.keys(this.#pending).length;
		for (const code of Object.keys(this.#pending)) if (this.itemStatus[code] !== 'saving') this.itemStatus[code] = 'pending';
	}

	/** Unsent values kept from an earlier visit, to show again in the form. */
	restored(): Record<string, AnswerValues> {
		return Object.fromEntries(Object.entries(this.#pending).map(([code, item]) => [code, item.values]));
	}

	version(code: string): number {
		return this.#versions[code] ?? 0;
	}

	/** Queues a change; it is sent after a short pause (typing) or at once (`immediate`). */
	queue(code: string, values: AnswerValues, immediate = false) {
		delete this.conflicts[code];
		delete this.errors[code];
		const existing = this.#pending[code];
		this.#pending[code] = { values: { ...values }, baseVersion: existing?.baseVersion ?? this.version(code), clientId: newClientId() };
		this.#persist();
		this.#schedule(immediate ? 0 : 700);
	}

	/** After a conflict: keep my values, saving them over the version now on the server. */
	keepMine(code: string) {
		const conflict = this.conflicts[code];
		if (!conflict) return;
		this.#versions[code] = conflict.current.version;
		delete this.conflicts[code];
		this.#pending[code] = { values: conflict.mine, baseVersion: conflict.current.version, clientId: newClientId() };
		this.#persist();
		this.#schedule(0);
	}

	/** After a conflict: take the saved values. */
	takeTheirs(code: string): AnswerValues | null {
		const conflict = this.conflicts[code];
		if (!conflict) return null;
		this.#versions[code] = conflict.current.version;
		delete this.conflicts[code];
		const { rating, naReason, comment } = conflict.current;
		this.itemStatus[code] = 'saved';
		return { rating, naReason, comment };
	}

	#schedule(delay: number) {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), delay);
	}

	/**
	 * Sends everything pending, one change at a time, until nothing is left — including changes queued while
	 * earlier ones were in flight.
	 */
	async flush(): Promise<void> {
		if (this.#sending) return;
		this.#sending = true;
		try {
			for (let code = Object.keys(this.#pending)[0]; code !== undefined; code = Object.keys(this.#pending)[0]) {
				const ok = await this.#send(code);
				if (!ok) return;
			}
			this.status = Object.keys(this.conflicts).length || Object.keys(this.errors).length ? 'error' : 'saved';
			this.#retryDelay = 1000;
		} finally {
			this.#sending = false;
		}
	}

	/** Sends one change; false when sending should stop for now (offline, expired). */
	async #send(code: string): Promise<boolean> {
		const item = this.#pending[code];
		if (!item) return true;
		this.status = 'saving';
		this.itemStatus[code] = 'saving';
		let response: Response;
		try {
			response = await fetch(this.endpoint, {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({ questionCode: code, source: this.source, ...item.values, baseVersion: item.baseVersion, clientId: item.clientId })
			});
		} catch {
			this.status = navigator.onLine === false ? 'offline' : 'retrying';
			this.itemStatus[code] = 'pending';
			this.#retryLater();
			return false;
		}
		if (response.status === 401) {
			this.status = 'expired';
			this.itemStatus[code] = 'pending';
			return false;
		}
		let body: Record<string, unknown> = {};
		try {
			body = await response.json();
		} catch {
			// A proxy's HTML error page: treated like a server error below.
		}
		const current = this.#pending[code];
		if (response.ok && (body.status === 'saved' || body.status === 'unchanged')) {
			const version = Number(body.version);
			this.#versions[code] = version;
			if (current?.clientId === item.clientId) delete this.#pending[code];
			// Edited again while this save was in flight: that newer change builds on our own save.
			else if (current) current.baseVersion = version;
			this.#persist();
			this.itemStatus[code] = this.#pending[code] ? 'pending' : 'saved';
			this.onSaved({ code, version, values: item.values, selfRating: body.selfRating as AnswerValues | null | undefined });
			return true;
		}
		if (response.status === 409 && body.status === 'conflict') {
			this.conflicts[code] = { mine: body.mine as AnswerValues, current: body.current as ConflictInfo['current'] };
			delete this.#pending[code];
			this.#persist();
			this.itemStatus[code] = 'error';
			this.status = 'error';
			return true;
		}
		if (response.status >= 400 && response.status < 500) {
			// Refused for a reason the person must see; the typed value stays in the form.
			this.errors[code] = String(body.message ?? response.statusText);
			delete this.#pending[code];
			this.#persist();
			this.itemStatus[code] = 'error';
			this.status = 'error';
			return true;
		}
		this.status = 'retrying';
		this.itemStatus[code] = 'pending';
		this.#retryLater();
		return false;
	}

	#retryLater() {
		this.#schedule(this.#retryDelay);
		this.#retryDelay = Math.min(this.#retryDelay * 2, 30_000);
	}

	/** Connection back: send at once. */
	online() {
		this.#retryDelay = 1000;
		this.#schedule(0);
	}
}
