/**
 * Awaits every promise, then throws the first failure. `Promise.all` rejects at the first
 * failure while the other writes of the batch still run: the cleanup that follows (removing the
 * next site's folder) then raced them and failed with ENOTEMPTY, a stack trace instead of the
 * one-line disk error, under load.
 */
export async function allThenFirstError(promises: Array<Promise<unknown>>): Promise<void> {
  const results = await Promise.allSettled(promises);
  for (const r of results) if (r.status === 'rejected') throw r.reason;
}
