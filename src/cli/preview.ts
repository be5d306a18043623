/** `formulary preview [--out dist] [--port 4173] [--base /]`: serves a built site locally. */
import { stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { parseCommandArgs } from './commands.js';
import { UserError } from '../errors.js';
import { loadConfig } from '../site/config.js';
import { createStaticServer } from '../site/servers/static-server.js';
import { normaliseBase } from '../site/urls.js';

export async function run(args: string[]): Promise<number> {
  const values = parseCommandArgs('preview', args).values as Record<string, string | undefined>;
  const config = await loadConfig();
  const out = values.out ?? config.out ?? 'dist';
  const port = Number(values.port ?? '4173');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`formulary preview: --port must be a number from 0 to 65535, got '${values.port}'\n`);
    return 2;
  }
  const info = await stat(out).catch(() => null);
  if (!info?.isDirectory()) {
    process.stderr.write(`formulary preview: ${out}/ does not exist; run 'formulary build' first\n`);
    return 2;
  }
  const base = normaliseBase(values.base ?? config.base);
  const server = await createStaticServer({ root: out, base });
  const host = values.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      fail(err.code === 'EADDRINUSE' ? new UserError(`port ${port} is in use: stop the other server or pick another with --port`) : err),
    );
    server.listen(port, host, () => ok());
  });
  const address = server.address() as AddressInfo;
  process.stdout.write(`Serving ${out}/ at http://${host}:${address.port}${base} (Ctrl+C to stop)\n`);
  await new Promise<void>((done) => {
    const stop = (): void => {
      server.close(() => done());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
