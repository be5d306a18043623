// Writes lib/config.schema.json, the JSON Schema of formulary.config.json, from the zod schema
// that validates it (src/config/schema.ts, compiled by tsc into lib/ first). Run by
// `npm run compile`; the file ships with the package, and the config `formulary init` writes
// points at it with "$schema" so editors autocomplete and check the file.
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../lib/config/schema.js';

const out = new URL('../lib/config.schema.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
