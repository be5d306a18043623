/**
 * Where a rule's page is read: docs/rules/<id>.md in the repository, as GitHub shows it. SARIF's
 * `helpUri` (src/cli/sarif.ts) links each rule there. One constant, to change if the repository moves.
 */
export const RULE_DOCS_BASE = 'https://github.com/formulary/formulary/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}
