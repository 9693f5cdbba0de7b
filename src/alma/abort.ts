// Waiting that a signal can cut short: the pacer, backoff sleeps, polls.

/** setTimeout's limit; longer sleeps are taken in pieces. */
const MAX_TIMER_MS = 2 ** 31 - 1

export const ABORTED = Symbol('aborted')

/** Resolves with ABORTED as soon as the signal aborts; a late rejection of `work` is swallowed then. */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T | typeof ABORTED> {
  if (!signal) return work
  if (signal.aborted) {
    work.catch(() => {})
    return Promise.resolve(ABORTED)
  }
  return new Promise<T | typeof ABORTED>((resolve, reject) => {
    const onAbort = (): void => {
      work.catch(() => {})
      resolve(ABORTED)
    }
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      }
    )
  })
}

/** A sleep that ends early (resolving) when the signal aborts, and leaves no listener behind. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve()
    let timer: NodeJS.Timeout
    const done = (): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const wake = (left: number): void => {
      timer = setTimeout(() => (left > MAX_TIMER_MS ? wake(left - MAX_TIMER_MS) : done()), Math.min(left, MAX_TIMER_MS))
    }
    signal?.addEventListener('abort', done, { once: true })
    wake(ms)
  })
}

/** Both signals in one; undefined when neither is given. */
export function eitherSignal(a: AbortSignal | undefined, b: AbortSignal | undefined): AbortSignal | undefined {
  if (!a || !b) return a ?? b
  return AbortSignal.any([a, b])
}
