// A promise whose rejection is reported later, to whoever awaits it, must not be reported as unhandled before then.

/** The same promise, with its rejection marked as handled here: whoever awaits it later still gets it. */
export function held<T>(p: Promise<T>): Promise<T> {
	p.catch(() => {});
	return p;
}
