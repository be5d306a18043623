// The time limit of a child process a test waits for synchronously (spawnSync): there only to end
// a hang (a synchronous call is not interrupted by the test's own limit), never to time the work.
// A 30 s or 60 s limit on a CLI build of the seed (7 s alone here) is one a machine shared with
// other builds can miss; how long a test may take is the test's own limit to judge.
export const HANG_LIMIT = 600_000;
