/**
 * Markdown that several rules' documented examples share (`docs.failing` / `docs.passing`):
 * the collection stays the same while a sidecar, a link or a file around it changes.
 * `npm run docs:rules` prints them into docs/rules/<id>.md, and the rule tests run them.
 */

/** Two equations with full where-lists: the collection the topics-sidecar rules are shown on. */
export const LINEAR_AND_SOFTMAX = `#### 1. Linear Model
$y = w x$

where:

- $y$ is the output
- $w$ is the weight
- $x$ is the input

#### 2. Softmax
$p = e^{z}$

where:

- $p$ is the probability
- $z$ is the logit
`;

/** One well-formed equation `y = x` under the heading `#### 1. <name>`. */
export function identityEquation(name: string): string {
  return `#### 1. ${name}
$y = x$

where:

- $y$ is the output
- $x$ is the input
`;
}
