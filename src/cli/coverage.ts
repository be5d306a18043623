/** Symbol-link coverage per equation, for `check --format json` (how many where-list symbols the page links). */
import type { Project } from '../pipeline/project.js';
import { linkLatex } from '../symbols/link.js';

export interface CoverageReport {
  defined: number;
  occurring: number;
  linked: number;
  equations: Array<{ file: string; equation: string; defined: number; occurring: number; linked: number }>;
}

export async function coverageOf(project: Project): Promise<CoverageReport> {
  const report: CoverageReport = { defined: 0, occurring: 0, linked: 0, equations: [] };
  for (const { collection } of project.collections) {
    collection.equations.forEach((eq, i) => {
      if (!eq.latex.trim()) return;
      const { coverage } = linkLatex(eq, collection.equations.slice(0, i));
      report.defined += coverage.defined;
      report.occurring += coverage.occurring;
      report.linked += coverage.linked;
      report.equations.push({ file: collection.sourceFile, equation: eq.slug, ...coverage });
    });
  }
  return report;
}
