/** Where unsent questionnaire changes are kept in the browser (localStorage), and how they are cleared. */
export const PENDING_PREFIX = 'sansang.pending.';

export function pendingKey(userId: number, assessmentId: number, source: string): string {
	return `${PENDING_PREFIX}${userId}.${assessmentId}.${source}`;
}

/** Removes every unsent change kept in this browser (at sign-out: nothing typed stays on a shared computer). */
export function clearAllPending(): void {
	try {
		for (let i = localStorage.length - 1; i >= 0; i--) {
			const key = localStorage.key(i);
			if (key?.startsWith(PENDING_PREFIX)) localStorage.removeItem(key);
		}
	} catch {
		// Storage unavailable (private mode): nothing was kept either.
	}
}
