// The time limit of a property test's loop of runs (2,000 by default). A limit is there to end a
// hang, not to time the code: on a 2-core machine with other work beside it, a loop that takes
// 40 s alone took 80 s, past the 60 s default. Ten minutes still ends a hang well inside CI's limit.
export const PROPERTY_TIMEOUT = 600_000;
