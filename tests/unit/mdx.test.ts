// MDX's JavaScript and JSX are not prose: blanked to spaces (same length, so positions stay the
// file's), while the content between component tags, fenced code and math stay as written.
import { describe, expect, it } from 'vitest';
import { blankMdx } from '../../src/parse/mdx.js';

const DOC = `import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
export const meta = {
  level: 2,
};

# Springs

{/* shown only to editors */}

<Tabs groupId="units">
<TabItem
  value="si"
  label="SI">

The force is $F = -k x$ with $i<N$ springs.

</TabItem>
</Tabs>

<details>
<summary>Proof</summary>

Kept.

</details>

\`\`\`jsx
import Tabs from '@theme/Tabs';
<Tabs />
\`\`\`
<Figure src="/img/spring.png" caption={"a spring"} />

<BrowserOnly>{() => <div id="plot" />}</BrowserOnly>

$$
{a + b}
$$
`;

describe('blankMdx', () => {
  const out = blankMdx(DOC);
  it('keeps the length and every line break', () => {
    expect(out.length).toBe(DOC.length);
    expect(out.split('\n').length).toBe(DOC.split('\n').length);
  });
  it('blanks imports, exports, JSX comments and component tags, also over several lines', () => {
    for (const gone of ['import Tabs', 'export const', 'level: 2', 'shown only', '<Tabs', 'TabItem', 'label="SI"', '</Tabs>', '<Figure', 'caption', 'BrowserOnly', 'id="plot"']) {
      expect(out.split('```jsx')[0] + out.split('```\n')[1], gone).not.toContain(gone);
    }
  });
  it('keeps the prose, math, HTML disclosure tags and fenced code', () => {
    for (const kept of ['# Springs', 'The force is $F = -k x$ with $i<N$ springs.', '<details>', '<summary>Proof</summary>', 'Kept.', '$$\n{a + b}\n$$', "```jsx\nimport Tabs from '@theme/Tabs';\n<Tabs />\n```"]) {
      expect(out, kept).toContain(kept);
    }
  });
});

describe('blankMdx on hostile input', () => {
  it('reads 6 MiB of unclosed tags, attributes, braces and comments without overflowing the stack', () => {
    for (const text of ['<A a="'.repeat(1e6), '<A' + ' a'.repeat(3e6), '<A {'.repeat(1.5e6), '{/*'.repeat(2e6), '<A b={"x" '.repeat(6e5)]) {
      expect(blankMdx(text)).toHaveLength(text.length);
    }
  });
});
