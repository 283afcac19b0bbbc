import { resolve } from 'node:path';
import { LogError, openLogReader, openLogWriter, readSigningKey, readVerifyingKey, verifyLog, type LogEntry, type LogWriter } from '@callguard/adapters/log';
import type { Command } from 'commander';
import { compile, type CompiledPolicy, type Decision } from '@callguard/engine';
import { EXIT, paint, type Io } from '../io.js';
import { loadPolicyOrReport } from '../load-policy.js';
import { alignTable } from '../table.js';

/** The environment variable naming the PEM file of the ed25519 key that signs the log's checkpoints. */
export const LOG_KEY_VARIABLE = 'CALLGUARD_LOG_KEY';

/** Opens a decision log for `replay --log`, signing with the key named in the environment, if any. */
export function openLogOption(file: string, io: Io, env: NodeJS.ProcessEnv = process.env): LogWriter {
  const keyFile = env[LOG_KEY_VARIABLE];
  const key = keyFile === undefined || keyFile === '' ? undefined : readSigningKey(resolve(io.cwd, keyFile));
  if (key === undefined) io.err(`${file}: checkpoints are not signed (set ${LOG_KEY_VARIABLE} to an ed25519 private key file)\n`);
  return openLogWriter(resolve(io.cwd, file), { key, shownAs: file });
}

/** Runs `work` with the log open for reading, turning a LogError into its message and exit 2. */
function withLog(file: string, io: Io, work: (entries: LogEntry[], reader: ReturnType<typeof openLogReader>) => number): number {
  let reader;
  try {
    reader = openLogReader(resolve(io.cwd, file), file);
    return work(reader.entries(), reader);
  } catch (e) {
    if (!(e instanceof LogError)) throw e;
    io.err(`error[${e.code}]: ${e.message}\n`);
    return EXIT.usage;
  } finally {
    reader?.close();
  }
}

/** `callguard log verify`: exit 0 when the log is intact, 1 naming every entry tampered with. */
export function logVerifyCommand(file: string, options: { key?: string | undefined; json: boolean }, io: Io): number {
  return withLog(file, io, (entries, reader) => {
    const key = options.key === undefined ? undefined : readVerifyingKey(resolve(io.cwd, options.key));
    const result = verifyLog(entries, reader.checkpoints(), key);
    if (options.json) io.out(`${JSON.stringify({ v: 1, ...result })}\n`);
    else {
      const c = paint(io);
      for (const p of result.problems) io.out(`${file}: ${c.red('tampered')}: ${p.message}\n`);
      if (result.ok) io.out(`${file}: ${c.green('intact')}: ${result.entries} entries, ${result.checkpoints} checkpoints${key === undefined ? ' (signatures not checked: give --key)' : ', signatures verified'}\n`);
      if (result.lastCheckpoint) io.out(c.dim(`last good checkpoint: entry ${result.lastCheckpoint.seq}, hash ${result.lastCheckpoint.hash}\n`));
    }
    return result.ok ? EXIT.ok : EXIT.failure;
  });
}

/** `callguard log show --call ID`: the call's timeline as the engine saw it. */
export function logShowCommand(file: string, callId: string, io: Io): number {
  return withLog(file, io, (entries) => {
    const call = entries.filter((e) => e.callId === callId);
    if (call.length === 0) {
      io.err(`${file}: no call ${callId} in the log\n`);
      return EXIT.usage;
    }
    const rows = call.map((e) => {
      const event = JSON.parse(e.event) as Record<string, unknown>;
      const d = JSON.parse(e.decision) as Decision;
      return [String(e.seq), String(event['at']), String(event['type']), d.action, d.rule?.id ?? '', d.step ? `${d.step.n}/${d.step.of}` : '', d.duties.map((x) => x.kind).join(', '), `${e.policyName} ${e.policyVersion} (${e.policyHash.slice(0, 12)})`];
    });
    io.out(`call ${callId}  ·  ${file}\n\n${alignTable(['entry', 'at', 'event', 'action', 'rule', 'step', 'duties', 'policy'], rows)}`);
    return EXIT.ok;
  });
}

/**
 * `callguard log replay`: runs every logged call's events again through the
 * policy version that decided them (found by hash among the files given)
 * and compares each decision byte for byte.
 */
export function logReplayCommand(file: string, policyFiles: readonly string[], callId: string | undefined, io: Io): number {
  const policies = new Map<string, CompiledPolicy>();
  for (const f of policyFiles) {
    const checked = loadPolicyOrReport(f, io);
    if (!checked) return EXIT.usage;
    policies.set(checked.hash, compile(checked));
  }
  return withLog(file, io, (entries) => {
    const c = paint(io);
    const calls = new Map<string, LogEntry[]>();
    for (const e of entries) if (callId === undefined || e.callId === callId) calls.set(e.callId, [...(calls.get(e.callId) ?? []), e]);
    let code: number = EXIT.ok;
    for (const [id, call] of calls) {
      const first = call[0] as LogEntry;
      const policy = policies.get(first.policyHash);
      if (policy === undefined) {
        io.out(`${id}: ${c.yellow('not replayed')}: no policy given has hash ${first.policyHash.slice(0, 12)} (${first.policyName} ${first.policyVersion})\n`);
        code = EXIT.failure;
        continue;
      }
      const session = policy.open(JSON.parse(first.event));
      const mismatch = call.find((e, i) => JSON.stringify(i === 0 ? session.opening : session.handle(JSON.parse(e.event))) !== e.decision);
      if (mismatch === undefined) io.out(`${id}: ${c.green('reproduced')}: ${call.length} decisions under ${policy.name} ${policy.version} (${policy.hash.slice(0, 12)})\n`);
      else {
        io.out(`${id}: ${c.red('differs')}: entry ${mismatch.seq} is not what ${policy.name} ${policy.version} decides for its event\n`);
        code = EXIT.failure;
      }
    }
    return code;
  });
}

/** Adds `callguard log verify|show|replay` to the program; each action stores its exit code in `result`. */
export function registerLog(program: Command, io: Io, result: { code: number }): void {
  const log = program.command('log').description('check, read and replay the tamper-evident decision log that `replay --log` writes');
  log
    .command('verify')
    .description('check every entry and checkpoint; name each entry edited, removed, reordered or truncated')
    .argument('<file>', 'the decision log')
    .option('--key <pem>', "the ed25519 public key (or the private key) that signed the checkpoints")
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExamples:\n  $ callguard log verify decisions.db --key log-key.pub.pem')
    .action((file: string, opts: { key?: string; json?: boolean }) => {
      result.code = logVerifyCommand(file, { key: opts.key, json: Boolean(opts.json) }, io);
    });
  log
    .command('show')
    .description("print one call's timeline as the engine saw it")
    .argument('<file>', 'the decision log')
    .requiredOption('--call <id>', 'the call id')
    .action((file: string, opts: { call: string }) => {
      result.code = logShowCommand(file, opts.call, io);
    });
  log
    .command('replay')
    .description('run the logged events again through the policy version that decided them, and compare every decision')
    .argument('<file>', 'the decision log')
    .requiredOption('--policy <files...>', 'policy files; each call is replayed under the one whose hash it logged')
    .option('--call <id>', 'only this call')
    .addHelpText('after', '\nExamples:\n  $ callguard log replay decisions.db --policy examples/policies/*.policy')
    .action((file: string, opts: { policy: string[]; call?: string }) => {
      result.code = logReplayCommand(file, opts.policy, opts.call, io);
    });
}
