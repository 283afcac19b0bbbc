// `pnpm bench` (after the engine's figures) or `pnpm bench:service` alone: a load test of `callguard serve` on loopback with
// autocannon, bounded in time. The service runs in a child process (so the
// load generator does not share its event loop) with the example policy and
// in-memory state; two phases each drive whole calls:
//   json   POST /v1/calls/{id}/events, one JSON event a request, bearer token
//   twilio POST /v1/twilio/transcription, form-encoded and signed as Twilio does
// For each: requests/s, latency p50/p99, errors and non-2xx answers, and the
// service's heap and RSS (from /metrics) after each half of the run, to see
// that memory stays flat. See docs/performance.md.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import twilio from 'twilio';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const asJson = process.argv.includes('--json');
const TOKEN = 'bench-token';
const TWILIO_TOKEN = 'bench-twilio-token';
const PUBLIC = 'https://callguard.example.com';
/** Events per call after call_started, then call_ended. */
const EVENTS_PER_CALL = 20;

const dir = mkdtempSync(join(tmpdir(), 'callguard-bench-'));
const config = join(dir, 'callguard.yaml');
writeFileSync(
  config,
  [
    'server: { host: 127.0.0.1, port: 0, logLevel: warn }',
    'auth: { bearerTokenEnv: BENCH_API_TOKEN }',
    `policies: { default: ${join(root, 'examples/policies/warn-then-end.policy')}, watch: false }`,
    'store: { ttlSeconds: 5 }',
    `twilio: { publicBaseUrl: ${PUBLIC}, authTokenEnv: BENCH_TWILIO_TOKEN }`,
    '',
  ].join('\n'),
);

/** Starts `callguard serve` and resolves to its address once it listens. */
function startService() {
  const child = spawn(process.execPath, [join(root, 'packages/cli/dist/bin.js'), 'serve', '--config', config], {
    env: { ...process.env, BENCH_API_TOKEN: TOKEN, BENCH_TWILIO_TOKEN: TWILIO_TOKEN },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk.toString();
      const m = /serving on (http:\/\/\S+)/.exec(err);
      if (m) resolve({ child, address: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`callguard serve exited (${code}): ${err}`)));
  });
}

/** The service's heap used and resident memory, in MB, from /metrics. */
async function memory(address) {
  const text = await (await fetch(`${address}/metrics`)).text();
  const read = (name) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN) / 2 ** 20;
  return { heapMb: read('callguard_nodejs_heap_size_used_bytes'), rssMb: read('callguard_process_resident_memory_bytes') };
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

function load(address, requests, duration) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: address, connections, duration, requests: requests() }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('error', reject);
  });
}

/** One phase: a short warm-up, then two timed halves with a memory reading after each. */
async function phase(name, address, requests) {
  await load(address, requests, 2);
  const before = await memory(address);
  const first = await load(address, requests, seconds / 2);
  const middle = await memory(address);
  const second = await load(address, requests, seconds / 2);
  const after = await memory(address);
  const total = (f) => f(first) + f(second);
  return {
    phase: name,
    seconds,
    connections,
    requests: total((r) => r.requests.total),
    perSecond: Math.round(total((r) => r.requests.total) / seconds),
    p50Ms: Math.max(first.latency.p50, second.latency.p50),
    p99Ms: Math.max(first.latency.p99, second.latency.p99),
    errors: total((r) => r.errors + r.timeouts),
    non2xx: total((r) => r.non2xx),
    memory: { before, middle, after },
  };
}

const { child, address } = await startService();
try {
  const results = [await phase('json', address, jsonRequests), await phase('twilio', address, twilioRequests)];
  if (asJson) console.log(JSON.stringify(results));
  else {
    console.log(`callguard serve on loopback: ${connections} connections, ${seconds} s per phase after a 2 s warm-up`);
    console.log('phase    requests/s   p50 ms   p99 ms   errors  non-2xx   heap MB (start, middle, end)   RSS MB (start, end)');
    for (const r of results) {
      const m = r.memory;
      console.log(
        `${r.phase.padEnd(8)} ${String(r.perSecond).padStart(10)} ${String(r.p50Ms).padStart(8)} ${String(r.p99Ms).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(8)}   ${[m.before.heapMb, m.middle.heapMb, m.after.heapMb].map((x) => x.toFixed(1)).join(', ').padEnd(30)} ${[m.before.rssMb, m.after.rssMb].map((x) => x.toFixed(0)).join(', ')}`,
      );
    }
  }
  if (results.some((r) => r.errors > 0 || r.non2xx > 0)) process.exitCode = 1;
} finally {
  child.kill('SIGTERM');
}
