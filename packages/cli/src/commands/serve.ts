import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { formatDiagnostic, sortDiagnostics } from '@callguard/dsl';
import { PolicyLoadError, createService, loadPolicies, readConfig, type Env, type Service, type ServiceConfig } from '@callguard/server';
import { InvalidArgumentError, type Command } from 'commander';
import { EXIT, type Io } from '../io.js';

/** Options of `callguard serve`. */
export interface ServeOptions {
  readonly config?: string;
  readonly policy?: string;
  readonly port?: number;
  readonly checkConfig: boolean;
}

/** What `serve` needs from the process: its environment, and a hook to stop on a signal. */
export interface ServeProcess {
  readonly env: Env;
  /** Calls `stop` once on SIGINT or SIGTERM. */
  readonly onStopSignal: (stop: () => void) => void;
  /** Told of the running service (tests use it to reach and close it). */
  readonly started?: (service: Service, address: string) => void;
}

/**
 * Starts the decision service from `--config` (or a quick start from
 * `--policy`), or with `--check-config` only checks the configuration and
 * its policies. Returns at once; the service runs until a stop signal.
 */
export function serveCommand(options: ServeOptions, io: Io, proc: ServeProcess): number {
  const config = configFor(options, io, proc.env);
  if (config === undefined) return EXIT.failure;
  if (options.checkConfig) return checkPolicies(config, options.config ?? options.policy ?? '', io);
  let service: Service;
  try {
    service = createService(config);
  } catch (e) {
    if (!(e instanceof PolicyLoadError)) throw e;
    for (const d of sortDiagnostics(e.diagnostics)) io.err(`${formatDiagnostic(d)}\n\n`);
    return EXIT.failure;
  }
  service.listen().then(
    (address) => {
      io.err(`callguard serving on ${address}\n`);
      proc.started?.(service, address);
    },
    (error: Error) => {
      io.err(`callguard serve: cannot listen on ${config.host}:${config.port}: ${error.message}\n`);
      process.exitCode = EXIT.failure;
      void service.close();
    },
  );
  proc.onStopSignal(() => {
    io.err('callguard serve: stopping; finishing the requests in flight\n');
    void service.close();
  });
  return EXIT.ok;
}

/** Adds `serve` to the program; its exit code goes to `result`. */
export function registerServe(program: Command, io: Io, result: { code: number }, proc?: ServeProcess): void {
  program
    .command('serve')
    .description('run the decision service: events in over HTTP (JSON, Twilio, Amazon Connect), decisions out')
    .option('--config <file>', 'the service configuration (callguard.yaml)')
    .option('--policy <file|dir>', 'quick start without a configuration: this policy (or each *.policy in the folder, by queue name), no auth, on 127.0.0.1')
    .option('--port <n>', 'the port to listen on (overrides the configuration)', port)
    .option('--check-config', 'check the configuration and its policies, then exit')
    .addHelpText(
      'after',
      '\nExamples:\n  $ callguard serve --config examples/callguard.yaml\n  $ callguard serve --policy examples/policies/warn-then-end.policy --port 8080\n  $ callguard serve --config callguard.yaml --check-config',
    )
    .action((opts: { config?: string; policy?: string; port?: number; checkConfig?: boolean }) => {
      result.code = serveCommand({ ...opts, checkConfig: Boolean(opts.checkConfig) }, io, proc ?? processHooks());
    });
}

function processHooks(): ServeProcess {
  return {
    env: process.env,
    onStopSignal(stop) {
      let stopped = false;
      const once = () => {
        if (!stopped) stop();
        stopped = true;
      };
      process.once('SIGINT', once);
      process.once('SIGTERM', once);
    },
  };
}

function port(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65_535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return Number(value);
}

/** The configuration from `--config`, or the quick start's; undefined after printing why not. */
function configFor(options: ServeOptions, io: Io, env: Env): ServiceConfig | undefined {
  if ((options.config === undefined) === (options.policy === undefined)) {
    io.err('callguard serve: give either --config <file> or --policy <file|dir>\n');
    return undefined;
  }
  let config: ServiceConfig;
  if (options.config !== undefined) {
    const read = readConfig(resolve(io.cwd, options.config), env, options.config);
    if (read.config === undefined) {
      for (const d of read.diagnostics) io.err(`${formatDiagnostic(d)}\n\n`);
      return undefined;
    }
    config = read.config;
  } else {
    const policies = quickStartPolicies(resolve(io.cwd, options.policy ?? '.'), io);
    if (policies === undefined) return undefined;
    config = {
      host: '127.0.0.1',
      port: 8080,
      bodyLimitBytes: 65_536,
      requestTimeoutMs: 10_000,
      logLevel: 'info',
      auth: { kind: 'none' },
      policies: { ...policies, watch: true },
      store: { ttlSeconds: 3600, idleTtlSeconds: 86_400 },
      twilio: undefined,
      connect: undefined,
      duties: undefined,
    };
  }
  return options.port === undefined ? config : { ...config, port: options.port };
}

/** A policy file, or a folder's `*.policy` files by queue name (`default.policy`, or the first, serving other queues). */
function quickStartPolicies(path: string, io: Io): { default: string; queues: Record<string, string> } | undefined {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    io.err(`callguard serve: ${path}: no such file or folder\n`);
    return undefined;
  }
  if (!isDir) return { default: path, queues: {} };
  const files = readdirSync(path).filter((f) => f.endsWith('.policy')).sort();
  const first = files.includes('default.policy') ? 'default.policy' : files[0];
  if (first === undefined) {
    io.err(`callguard serve: ${path} has no .policy files\n`);
    return undefined;
  }
  return { default: join(path, first), queues: Object.fromEntries(files.map((f) => [basename(f, '.policy'), join(path, f)])) };
}

/** `--check-config`: the policies load and check; prints what would serve. */
function checkPolicies(config: ServiceConfig, shown: string, io: Io): number {
  const loaded = loadPolicies(config.policies);
  const diagnostics = loaded.ok ? loaded.warnings : loaded.diagnostics;
  for (const d of diagnostics) io.err(`${formatDiagnostic(d)}\n\n`);
  if (!loaded.ok) return EXIT.failure;
  const g = loaded.generation;
  const label = (p: typeof g.default) => `${p.name} ${p.version} (${p.hash.slice(0, 12)})`;
  io.out(`ok ${shown}\n  default: ${label(g.default)}\n${[...g.queues].map(([q, p]) => `  ${q}: ${label(p)}\n`).join('')}`);
  return EXIT.ok;
}

