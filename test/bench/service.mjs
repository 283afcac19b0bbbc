// `pnpm bench` (after the engine's figures) or `pnpm bench:service` alone: a load test of `callguard serve` on loopback with
// autocannon, bounded in time. The service runs in a child process (so the
// load generator does not share its event loop) with a copy of the example
// policy and in-memory state. Every connection drives whole calls, one after
// another, each with its own id, each ending:
//   json   POST /v1/calls/{id}/events, one JSON event a request, bearer token
//   twilio POST /v1/twilio/transcription, form-encoded and signed as Twilio does
// Throughput: each phase alone, a warm-up then a timed run: requests/s,
// latency p50/p99, errors and non-2xx answers, and the service's CPU time a
// request (from /metrics: a figure a busy machine disturbs less than the rate).
// Memory: both phases at once for BENCH_SOAK_SECONDS while the policy is edited
// (and hot-reloaded) every few seconds; the service's heap is read after a full
// garbage collection at the start, middle and end, and must stay flat.
// See docs/performance.md.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import twilio from 'twilio';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const soakSeconds = Number(process.env.BENCH_SOAK_SECONDS ?? 45);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const asJson = process.argv.includes('--json');
const TOKEN = 'bench-token';
const TWILIO_TOKEN = 'bench-twilio-token';
const PUBLIC = 'https://callguard.example.com';
/** Events per call after call_started, then call_ended. */
const EVENTS_PER_CALL = 20;
/** How often the soak edits the policy. */
const EDIT_EVERY_MS = 3000;
/** Flat: the heap at the end of the soak is at most this much above the middle (after a full collection each). */
const FLAT = { ratio: 1.1, mb: 5 };

const dir = mkdtempSync(join(tmpdir(), 'callguard-bench-'));
const policy = join(dir, 'bench.policy');
copyFileSync(join(root, 'examples/policies/warn-then-end.policy'), policy);
const config = join(dir, 'callguard.yaml');
writeFileSync(
  config,
  [
    'server: { host: 127.0.0.1, port: 0, logLevel: warn }',
    'auth: { bearerTokenEnv: BENCH_API_TOKEN }',
    `policies: { default: ${policy}, watch: true }`,
    // Calls cut off when a run stops never end; they go after idleTtlSeconds.
    'store: { ttlSeconds: 5, idleTtlSeconds: 10 }',
    `twilio: { publicBaseUrl: ${PUBLIC}, authTokenEnv: BENCH_TWILIO_TOKEN }`,
    '',
  ].join('\n'),
);

/** Loaded into the service: a full garbage collection on SIGUSR2, acknowledged on standard error. */
const COLLECT_ON_SIGNAL = `data:text/javascript,process.on('SIGUSR2',()=>{globalThis.gc();process.stderr.write('bench: collected\\n')})`;

/** Starts `callguard serve`; resolves once it listens, with its address and a way to make it collect garbage. */
function startService() {
  const args = ['--expose-gc', `--import=${COLLECT_ON_SIGNAL}`, ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const child = spawn(process.execPath, [...args, join(root, 'packages/cli/dist/bin.js'), 'serve', '--config', config], {
    env: { ...process.env, BENCH_API_TOKEN: TOKEN, BENCH_TWILIO_TOKEN: TWILIO_TOKEN },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let collected = () => {};
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (chunk) => {
      const text = chunk.toString();
      if (text.includes('bench: collected')) collected();
      err += text;
      const m = /serving on (http:\/\/\S+)/.exec(err);
      if (m) resolve({ child, address: m[1], collect: () => new Promise((done) => ((collected = done), child.kill('SIGUSR2'))) });
    });
    child.on('exit', (code) => reject(new Error(`callguard serve exited (${code}): ${err}`)));
  });
}

/** Figures from the service's /metrics: heap used and RSS in MB, CPU seconds, policy versions loaded. */
async function scrape(address) {
  const text = await (await fetch(`${address}/metrics`)).text();
  const read = (name) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    heapMb: read('callguard_nodejs_heap_size_used_bytes') / 2 ** 20,
    rssMb: read('callguard_process_resident_memory_bytes') / 2 ** 20,
    cpuSeconds: read('callguard_process_cpu_seconds_total'),
    policyVersions: read('callguard_policy_versions_loaded'),
  };
}

const at = (call, i) => new Date(Date.UTC(2026, 11, 1, 9) + call * 1000 + i * 2000).toISOString();
const LINES = ['Hello, my router keeps dropping out', 'I have restarted it twice already', 'This is the third time I have called about this', 'Fine, what do you need from me?'];

let connectionsSeen = 0;
/** Each connection's own state, kept by autocannon in its request context: which connection, which call. */
const own = (context) => {
  context.conn ??= connectionsSeen++;
  context.call ??= 0;
  return context;
};

/** Whole calls, one after another on each connection, each with its own id. */
function jsonRequests() {
  const post = (c, body) => ({ method: 'POST', path: `/v1/calls/json-${c.conn}-${c.call}/events`, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body) });
  return [
    { setupRequest: (_req, context) => (c => post(c, { type: 'call_started', at: at(c.call, 0), call: { id: `json-${c.conn}-${c.call}`, queue: 'support' } }))(own(context)) },
    ...Array.from({ length: EVENTS_PER_CALL }, (_, i) => ({
      setupRequest: (_req, context) =>
        post(own(context), { type: 'utterance', at: at(own(context).call, i + 1), speaker: i % 2 ? 'agent' : 'customer', text: LINES[i % LINES.length], signals: i % 7 === 3 ? { rudeness: 0.4 } : {} }),
    })),
    {
      setupRequest: (_req, context) => {
        const c = own(context);
        const request = post(c, { type: 'call_ended', at: at(c.call, EVENTS_PER_CALL + 1) });
        c.call++;
        return request;
      },
    },
  ];
}

/** The same calls through Twilio: a signed voice webhook, signed transcription callbacks, a signed status callback. */
function twilioRequests() {
  const sid = (c) => `CA${String(c.conn).padStart(4, '0')}${String(c.call).padStart(28, '0')}`;
  const signed = (path, fields) => ({
    method: 'POST',
    path,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(TWILIO_TOKEN, `${PUBLIC}${path}`, fields) },
    body: new URLSearchParams(fields).toString(),
  });
  const base = (c) => ({ AccountSid: 'AC0123456789abcdef0123456789abcdef', CallSid: sid(c) });
  return [
    { setupRequest: (_req, context) => signed('/v1/twilio/voice', { ...base(own(context)), CallStatus: 'ringing', Direction: 'inbound', From: '+447700900123', To: '+442071234567' }) },
    ...Array.from({ length: EVENTS_PER_CALL }, (_, i) => ({
      setupRequest: (_req, context) => {
        const c = own(context);
        return signed('/v1/twilio/transcription', {
          ...base(c),
          TranscriptionSid: 'GT22222222222222222222222222222222',
          Timestamp: at(c.call, i + 1),
          SequenceId: String(i + 1),
          TranscriptionEvent: 'transcription-content',
          LanguageCode: 'en-US',
          Track: i % 2 ? 'outbound_track' : 'inbound_track',
          TranscriptionData: JSON.stringify({ transcript: LINES[i % LINES.length], confidence: 0.93 }),
          Final: 'true',
        });
      },
    })),
    {
      setupRequest: (_req, context) => {
        const c = own(context);
        const request = signed('/v1/twilio/status', { ...base(c), CallStatus: 'completed', Timestamp: new Date(Date.parse(at(c.call, EVENTS_PER_CALL + 1))).toUTCString() });
        c.call++;
        return request;
      },
    },
  ];
}

const PHASES = { json: jsonRequests, twilio: twilioRequests };

function load(address, requests, duration, conns = connections) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: address, connections: conns, duration, requests: requests() }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('error', reject);
  });
}

/** One phase alone: a short warm-up, then a timed run. */
async function phase(name, address) {
  await load(address, PHASES[name], 2);
  const before = await scrape(address);
  const run = await load(address, PHASES[name], seconds);
  const after = await scrape(address);
  const requests = run.requests.total;
  return {
    phase: name,
    seconds,
    connections,
    requests,
    perSecond: Math.round(requests / seconds),
    p50Ms: run.latency.p50,
    p99Ms: run.latency.p99,
    errors: run.errors + run.timeouts,
    non2xx: run.non2xx,
    cpuUsPerRequest: Math.round(((after.cpuSeconds - before.cpuSeconds) * 1e6) / requests),
  };
}

/** Both phases at once while the policy is edited now and then; the heap after a full collection at the start, middle and end. */
async function soak(address, collect) {
  const reading = async () => {
    await collect();
    return scrape(address);
  };
  const source = readFileSync(policy, 'utf8');
  let edits = 0;
  const editor = setInterval(() => writeFileSync(policy, source.replace(/version "[^"]+"/, `version "3.2.${++edits}"`)), EDIT_EVERY_MS);
  const third = Math.round(soakSeconds / 3);
  const both = () => Promise.all(Object.keys(PHASES).map((name) => load(address, PHASES[name], third, Math.max(1, connections / 2))));
  const runs = [];
  try {
    runs.push(...(await both()));
    const start = await reading();
    runs.push(...(await both()));
    const middle = await reading();
    runs.push(...(await both()));
    const end = await reading();
    const flat = end.heapMb <= middle.heapMb * FLAT.ratio + FLAT.mb;
    const total = (f) => runs.reduce((sum, r) => sum + f(r), 0);
    return { seconds: third * 3, edits, requests: total((r) => r.requests.total), errors: total((r) => r.errors + r.timeouts), non2xx: total((r) => r.non2xx), readings: { start, middle, end }, flat };
  } finally {
    clearInterval(editor);
  }
}

const load1 = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const loadBefore = load1();
const { child, address, collect } = await startService();
try {
  const only = process.env.BENCH_PHASES?.split(',');
  const results = [];
  for (const name of Object.keys(PHASES)) if (!only || only.includes(name)) results.push(await phase(name, address));
  const memory = !only || only.includes('soak') ? await soak(address, collect) : undefined;
  const loadAfter = load1();
  if (asJson) console.log(JSON.stringify({ load: { before: loadBefore, after: loadAfter }, phases: results, soak: memory }));
  else {
    console.log(`callguard serve on loopback: ${connections} connections, ${seconds} s a phase after a 2 s warm-up; load average ${loadBefore} before, ${loadAfter} after`);
    console.log('phase    requests/s   p50 ms   p99 ms   errors  non-2xx   service CPU µs a request');
    for (const r of results) {
      console.log(`${r.phase.padEnd(8)} ${String(r.perSecond).padStart(10)} ${String(r.p50Ms).padStart(8)} ${String(r.p99Ms).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(8)}   ${r.cpuUsPerRequest}`);
    }
    if (memory !== undefined) {
      const { start, middle, end } = memory.readings;
      const mb = (f) => [start, middle, end].map((r) => f(r).toFixed(1)).join(', ');
      console.log(
        `soak: json and twilio at once for ${memory.seconds} s, ${memory.requests} requests (${memory.errors} errors, ${memory.non2xx} non-2xx), the policy edited ${memory.edits} times`,
      );
      console.log(`  heap after a full GC, MB (start, middle, end): ${mb((r) => r.heapMb)}; RSS MB: ${mb((r) => r.rssMb)}; policy versions loaded: ${[start, middle, end].map((r) => r.policyVersions).join(', ')}`);
      console.log(`  ${memory.flat ? 'flat' : 'NOT FLAT'}: the end is ${memory.flat ? 'within' : 'more than'} ${Math.round((FLAT.ratio - 1) * 100)}% + ${FLAT.mb} MB of the middle`);
    }
  }
  if (results.some((r) => r.errors > 0 || r.non2xx > 0) || (memory !== undefined && (memory.errors > 0 || memory.non2xx > 0 || !memory.flat))) process.exitCode = 1;
} finally {
  child.kill('SIGTERM');
}
