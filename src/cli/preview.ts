/**
 * `formulary preview [--out dist] [--port 4173] [--base /] [--host 127.0.0.1]`: serves a built
 * site locally. Only a folder `formulary build` made (it holds the build's marker) is served,
 * and only to requests for localhost, an IP address or the `--host` name.
 */
import { isIP, type AddressInfo } from 'node:net';
import { parseCommandArgs } from './commands.js';
import { UserError } from '../errors.js';
import { loadConfig } from '../config/load.js';
import { createStaticServer } from '../serve/static-server.js';
import { normaliseBase } from '../site/urls.js';
import { escapeControl } from './format.js';

export async function run(args: string[]): Promise<number> {
  const values = parseCommandArgs('preview', args).values as Record<string, string | undefined>;
  const config = await loadConfig();
  const out = values.out ?? config.out ?? 'dist';
  const port = Number(values.port ?? '4173');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`formulary preview: --port must be a number from 0 to 65535, got '${escapeControl(values.port ?? '')}'\n`);
    return 2;
  }
  const base = normaliseBase(values.base ?? config.base);
  const host = values.host ?? '127.0.0.1';
  // A name given with --host is also accepted in the Host header (IP addresses always are).
  const server = await createStaticServer({ root: out, base, allowedHosts: isIP(host) ? [] : [host] });
  await new Promise<void>((ok, fail) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      fail(
        err.code === 'EADDRINUSE'
          ? new UserError(`port ${port} is in use: stop the other server or pick another with --port`)
          : new UserError(`cannot listen on ${host} port ${port}: ${err.code ?? err.message}`),
      ),
    );
    server.listen(port, host, () => ok());
  });
  const address = server.address() as AddressInfo;
  const shown = isIP(host) === 6 ? `[${host}]` : host;
  process.stdout.write(`Serving ${escapeControl(out)}/ at http://${escapeControl(shown)}:${address.port}${base} (Ctrl+C to stop)\n`);
  await new Promise<void>((done) => {
    const stop = (): void => {
      server.close(() => done());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
