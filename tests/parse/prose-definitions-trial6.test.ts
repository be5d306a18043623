// Definitions written in prose that the sixth unseen-document trial found missed or misread
// (issue 24, trial 6 N5–N10). Each fixture holds the form read right and a near form that must
// define nothing: a wrong meaning is worse than none.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';
import { readDefinitions } from '../helpers/reader-fixtures.js';

const read = (file: string) => readDefinitions('prose-trial6', file);

describe('a definition on the line right after the closing $$ (no blank line) is read (N5)', () => {
  it('"$k$ is … and $x$ the …" glued under the display', () => {
    expect(read('glued-after-display.md').defs('Spring')).toEqual([
      ['k', 'the stiffness of the spring'],
      ['x', 'the stretch from rest'],
    ]);
    expect(read('glued-after-display.md').sources('Spring')).toEqual(['prose', 'prose']);
  });
  it('"for some positive constant $\\lambda$." glued under the display', () => {
    expect(read('glued-after-display.md').defs('Decay')).toEqual([['\\lambda', 'positive constant']]);
  });
  it('a glued sentence before the next display of the paragraph defines nothing there when it defines nothing', () => {
    expect(read('glued-after-display.md').defs('Next formula')).toEqual([]);
    expect(read('glued-after-display.md').defs('Next formula (2)')).toEqual([]);
  });
});

describe('Italian sentences and names (N6)', () => {
  it('"$P$ è la … e $I$ è la …" glued under the display, ==highlight== marks dropped', () => {
    expect(read('italian-glued.md').defs('Potenza')).toEqual([
      ['P', 'la potenza dissipata'],
      ['I', 'la corrente che lo attraversa'],
    ]);
  });
  it('"detta ==name==" after the formula names its left-hand side', () => {
    expect(read('italian-glued.md').defs('Legge')).toEqual([['R', 'resistenza elettrica']]);
  });
  it('"Definiamo come ==name==" before the formula names its left-hand side', () => {
    expect(read('italian-glued.md').defs('Legge (2)')).toEqual([['C', 'capacità elettrica']]);
  });
  it('"detta legge di Ohm" names the formula, not its left-hand side', () => {
    expect(read('italian-glued.md').defs('Nome della legge')).toEqual([]);
  });
});

describe('the head noun phrase is the meaning (N8)', () => {
  it('"a ceiling on the herd $C$" names the ceiling, not the herd', () => {
    expect(read('head-noun.md').defs('Capped growth')).toEqual([['C', 'ceiling on the herd']]);
  });
  it('"on the temperature $T$" after a verb still names the temperature', () => {
    expect(read('head-noun.md').defs('Plain noun')).toEqual([['T', 'temperature']]);
  });
});

describe('Chinese prose definitions (N9)', () => {
  const zh = () => read('chinese-prose.md');
  it('"$i$是电流， $R$是电阻" after the formula', () => {
    expect(zh().defs('欧姆定律')).toEqual([
      ['i', '电流'],
      ['R', '电阻'],
    ]);
  });
  it('one "$G$：meaning" pair with a full-width colon', () => {
    expect(zh().defs('电导')).toEqual([['G', '电导，单位为西门子']]);
  });
  it('"对于线性参量 $Y$" before the formula', () => {
    expect(zh().defs('线性')).toEqual([['Y', '线性参量']]);
  });
  it('"我们定义其为**容抗** $X_C$, 其中 $C$ 表示电容:" before the formula', () => {
    expect(zh().defs('容抗')).toEqual([
      ['X_C', '容抗'],
      ['C', '电容'],
    ]);
  });
  it('"设…的电流为 $i=…$, 则…的电压为" names i and the left-hand side u', () => {
    expect(zh().defs('电感')).toEqual([
      ['u', '电压'],
      ['i', '流过线圈的电流'],
    ]);
  });
  it('"其有效值为" before the formula names its left-hand side', () => {
    expect(zh().defs('有效值')).toEqual([['I', '有效值']]);
  });
  it('"最终化简为" (a verb, no noun) names nothing', () => {
    expect(zh().defs('化简')).toEqual([]);
  });
});

describe('numbered problems are separate contexts (N10)', () => {
  it('"where $c$ is …" under problem 2 defines problem 2 only, not problem 1\'s formula before it', () => {
    expect(read('numbered-problems.md').defs('Problems (2)')).toEqual([['c', 'the damping coefficient']]);
    expect(read('numbered-problems.md').defs('Problems')).toEqual([]);
  });
});

describe('symbols written as plain or italic letters in the prose (N7)', () => {
  it('appositives "useful work, W," / "wasted transfer, Q (heat)" / "The stored energy, E," name letters the formula writes', () => {
    expect(read('plain-letters.md').defs('Energy balance')).toEqual([
      ['W', 'useful work'],
      ['Q', 'wasted transfer (heat)'],
      ['E', 'stored energy'],
    ]);
  });
  it('an appositive letter the formula does not write defines nothing', () => {
    expect(read('plain-letters.md').defs("Not the formula's letter")).toEqual([]);
  });
  it('letters listed after a noun ("the options a, b, or c") define nothing', () => {
    expect(read('plain-letters.md').defs('Letters of a list')).toEqual([]);
  });
  it('"where" then lines "*v* is …" define the italic letters the formula writes, and the where-list is not reported empty', async () => {
    expect(read('italic-letters.md').defs('Flow through a pipe')).toEqual([
      ['v', 'the mean speed of the fluid'],
      ['A', 'the cross-section of the pipe'],
    ]);
    const project = await loadProject([path.join(FIXTURES, 'reader', 'prose-trial6', 'italic-letters.md')]);
    expect(project.diagnostics.map((d) => d.ruleId)).not.toContain('empty-where-list');
  });
});
