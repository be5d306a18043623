// Tests call the synchronous parser directly: load the full markdown parser up front.
import { ensureRemark } from '../src/core/remark.js';

await ensureRemark();
