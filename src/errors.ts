/**
 * An error the user can fix (a bad option, unreadable input, an output folder we refuse to
 * replace, a port in use): the CLI prints its message on one line and exits 2, never a stack trace.
 */
export class UserError extends Error {}
