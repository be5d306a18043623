import { UserError } from '../errors.js';

/** A mistake in how a command was called (exit 2, one line, no stack trace). */
export class UsageError extends UserError {}
