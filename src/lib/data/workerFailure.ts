// A Worker's `error` event as an Error the engine's status can classify (result.ts): a script that could not be
// loaded arrives as a plain Event and is a missing file; an error thrown inside the worker is an ErrorEvent.
export function workerFailure(e: Event, worker: string): Error {
	return new Error(
		typeof ErrorEvent !== 'undefined' && e instanceof ErrorEvent ? `${worker} failed: ${e.message}` : `data-file-missing: ${worker} could not be loaded`
	);
}
