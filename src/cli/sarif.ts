/**
 * `check --format sarif`: SARIF 2.1.0 for GitHub code scanning (upload with
 * github/codeql-action/upload-sarif). Types from @types/sarif; validated against the
 * SARIF 2.1.0 JSON Schema in tests/config/sarif.test.ts.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { ruleById } from '../rules/registry.js';
import { ruleDocsUrl } from '../rules/docs-url.js';
import type { Diagnostic, Severity } from '../types.js';
import { VERSION } from '../version.js';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** A repository-relative file as a URI reference (forward slashes, each segment encoded); absolute paths as file: URIs. */
function artifactUri(file: string): { uri: string; uriBaseId?: string } {
  const path = file.replace(/\\/g, '/');
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  if (path.startsWith('/')) return { uri: `file://${encoded}` };
  return { uri: encoded.replace(/^\.\//, ''), uriBaseId: '%SRCROOT%' };
}

export function formatSarif(diagnostics: Diagnostic[]): string {
  const ids = [...new Set(diagnostics.map((d) => d.ruleId))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules: ReportingDescriptor[] = ids.map((id) => {
    const rule = ruleById(id);
    if (!rule) return { id };
    return { id, shortDescription: { text: rule.summary }, helpUri: ruleDocsUrl(id), defaultConfiguration: { level: LEVEL[rule.severity] } };
  });
  const results: Result[] = diagnostics.map((d) => ({
    ruleId: d.ruleId,
    ruleIndex: index.get(d.ruleId)!,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: artifactUri(d.file), region: { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) } } }],
  }));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'formulary', version: VERSION, semanticVersion: VERSION, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
