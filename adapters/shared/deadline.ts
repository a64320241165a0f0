// Waiting for something with a bound: stopping, draining, a start that may
// hang. One helper, so every wait clears its timer and says it ran late the
// same way.

/** Resolves with `work`'s value, or with 'late' after `ms` (the work itself goes on). */
export async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), ms); });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
