// A sidecar read (src/parse/topics.ts: topics and problems as data) and worded (src/rules/topics.ts),
// as `check` does: what the tests of the sidecar's diagnostics look at.
import { parseTopicsSidecar } from '../../src/parse/topics.js';
import { topicDiagnostics } from '../../src/rules/topics.js';
import type { Collection, Diagnostic, SourceFile, Topic } from '../../src/types.js';

export function checkSidecar(file: SourceFile, collection: Collection): { topics: Topic[]; diagnostics: Diagnostic[] } {
  const { topics, problems } = parseTopicsSidecar(file, collection);
  return { topics, diagnostics: topicDiagnostics(problems, file, collection) };
}
