// Tests call the synchronous parser directly: load the full markdown parser up front.
import { ensureRemark } from '../src/parse/remark.js';

await ensureRemark();
