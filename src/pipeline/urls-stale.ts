/**
 * `urls-out-of-date` (info, pure): formulary.urls.json is committed by the author, so a build in CI
 * that would record new URLs must not do it silently and throw it away. `check` compares the file
 * with what the next build would write and says what to run and commit.
 */
import type { Diagnostic } from '../types.js';
import { diagnosticAtPoint } from '../diagnostics/diagnostic.js';
import { urlsOutOfDate } from '../rules/urls-out-of-date.js';
import { historyText, URLS_FILE, type UrlHistory } from '../site/url-history.js';

/** `current`: the file's text (null when there is none); `next`: the history the next build records. `build`: how to run build. */
export function staleHistoryDiagnostic(current: string | null, next: UrlHistory, build = 'npx formulary build'): Diagnostic | null {
  const text = historyText(next);
  if (current === text) return null;
  // A project with no equations yet and no file: nothing to record.
  if (current === null && Object.values(next.collections).every((list) => list.length === 0)) return null;
  const what = current === null ? `${URLS_FILE} is missing` : `${URLS_FILE} is out of date`;
  return diagnosticAtPoint(URLS_FILE, { line: 1, column: 1 }, urlsOutOfDate, urlsOutOfDate.messages.stale(what, build), null);
}
