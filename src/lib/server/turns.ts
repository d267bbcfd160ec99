/**
 * One page request starts per turn of the event loop. A page's server work (loads and rendering) runs
 * without a break once started, so ten requests arriving together used to run back to back in one turn
 * and hold every timer and every other connection (an autosave, a sign-in) for their sum. Started one per
 * turn, each waits at most for the one before it, and the event loop answers in between (BUDGETS.md P6).
 * Nothing is slower: the work is the same, only interleaved with everything else.
 */
const waiting: (() => void)[] = [];
let pumping = false;

function pump(): void {
	waiting.shift()?.();
	// Scheduled from inside a check-phase callback, the next start runs in the next turn, after timers and I/O.
	if (waiting.length) setImmediate(pump);
	else pumping = false;
}

/** Resolves when it is this request's turn to start. */
export function nextTurn(): Promise<void> {
	return new Promise((resolve) => {
		waiting.push(resolve);
		if (!pumping) {
			pumping = true;
			setImmediate(pump);
		}
	});
}
