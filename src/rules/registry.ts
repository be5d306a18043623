/**
 * Every rule `formulary check` can report, one file each (src/rules/<id>.ts), in the order of the
 * README's Diagnostics table. What `rules` and `overrides` in formulary.config.json may name, what the
 * JSON Schema offers editors, and what scripts/rules-docs.js writes the table and docs/rules/ from.
 */
import type { RuleMeta } from './rule.js';
import { katexError } from './katex-error.js';
import { untrustedCommand } from './untrusted-command.js';
import { formulaTooLarge } from './formula-too-large.js';
import { tooMuchMath } from './too-much-math.js';
import { tooManyEquations } from './too-many-equations.js';
import { markdownEscapeInMath } from './markdown-escape-in-math.js';
import { headingWithoutEquation } from './heading-without-equation.js';
import { unclosedMath } from './unclosed-math.js';
import { duplicateName } from './duplicate-name.js';
import { duplicateSlug } from './duplicate-slug.js';
import { duplicateId } from './duplicate-id.js';
import { unclosedCodeFence } from './unclosed-code-fence.js';
import { fileTooLarge } from './file-too-large.js';
import { invalidEncoding } from './invalid-encoding.js';
import { nestingTooDeep } from './nesting-too-deep.js';
import { markupTooDense } from './markup-too-dense.js';
import { blockTooLong } from './block-too-long.js';
import { whereListTooLong } from './where-list-too-long.js';
import { proseTooLong } from './prose-too-long.js';
import { katexStrict } from './katex-strict.js';
import { missingWhereList } from './missing-where-list.js';
import { emptyWhereList } from './empty-where-list.js';
import { whereItemWithoutMath } from './where-item-without-math.js';
import { unusedSymbol } from './unused-symbol.js';
import { undefinedSymbol } from './undefined-symbol.js';
import { duplicateEquation } from './duplicate-equation.js';
import { numbering } from './numbering.js';
import { headingLevel } from './heading-level.js';
import { emptySlug } from './empty-slug.js';
import { noEquations } from './no-equations.js';
import { symlinkOutsideContent } from './symlink-outside-content.js';
import { symlinkLoop } from './symlink-loop.js';
import { symlinkBroken } from './symlink-broken.js';
import { topicUnknownEquation } from './topic-unknown-equation.js';
import { topicMissingEquation } from './topic-missing-equation.js';
import { topicDuplicateEquation } from './topic-duplicate-equation.js';
import { topicItemOutsideTopic } from './topic-item-outside-topic.js';
import { displayDelimiters } from './display-delimiters.js';
import { urlMoved } from './url-moved.js';
import { urlRemoved } from './url-removed.js';
import { urlsOutOfDate } from './urls-out-of-date.js';
import { tooManyDiagnostics } from './too-many-diagnostics.js';
import { unknownReference } from './unknown-reference.js';
import { ambiguousReference } from './ambiguous-reference.js';
import { unusedLabel } from './unused-label.js';
import { conflictingMeaning } from './conflicting-meaning.js';
import { macroRedefinesBuiltin } from './macro-redefines-builtin.js';

export const RULES = [
  katexError,
  untrustedCommand,
  formulaTooLarge,
  tooMuchMath,
  tooManyEquations,
  markdownEscapeInMath,
  headingWithoutEquation,
  unclosedMath,
  duplicateName,
  duplicateSlug,
  duplicateId,
  unclosedCodeFence,
  fileTooLarge,
  invalidEncoding,
  nestingTooDeep,
  markupTooDense,
  blockTooLong,
  whereListTooLong,
  proseTooLong,
  katexStrict,
  missingWhereList,
  emptyWhereList,
  whereItemWithoutMath,
  unusedSymbol,
  undefinedSymbol,
  duplicateEquation,
  numbering,
  headingLevel,
  emptySlug,
  noEquations,
  symlinkOutsideContent,
  symlinkLoop,
  symlinkBroken,
  topicUnknownEquation,
  topicMissingEquation,
  topicDuplicateEquation,
  topicItemOutsideTopic,
  displayDelimiters,
  urlMoved,
  urlRemoved,
  urlsOutOfDate,
  unknownReference,
  ambiguousReference,
  unusedLabel,
  conflictingMeaning,
  macroRedefinesBuiltin,
  tooManyDiagnostics,
] as const satisfies readonly RuleMeta[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: RuleId[] = RULES.map((r) => r.id);

/** Rules that report nothing unless the config's `rules` turn them on. */
export const OFF_BY_DEFAULT: ReadonlySet<string> = new Set(RULES.filter((r: RuleMeta) => r.off === true).map((r) => r.id));

const BY_ID: ReadonlyMap<string, RuleMeta> = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, if there is one. */
export function ruleById(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}
