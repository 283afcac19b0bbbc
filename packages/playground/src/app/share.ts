/**
 * Shareable links: the policy and the timeline, as JSON, deflated with the
 * browser's own CompressionStream and written base64url-encoded into the
 * URL fragment, which never leaves the browser.
 */
import { isEntry } from './timeline.js';
import type { TimelineEntry } from './timeline.js';

/** What a link holds. */
export interface Shared {
  readonly policy: string;
  readonly timeline: readonly TimelineEntry[];
}

/** Version prefix of the fragment, so the format can change without breaking old links. */
const PREFIX = 'v1.';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** The fragment (without `#`) for `state`. */
export async function encode(state: Shared): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(JSON.stringify(state)), new CompressionStream('deflate-raw'));
  let binary = '';
  for (const b of packed) binary += String.fromCharCode(b);
  return PREFIX + btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The state in a fragment, or undefined when it holds none (or a broken one). */
export async function decode(fragment: string): Promise<Shared | undefined> {
  if (!fragment.startsWith(PREFIX)) return undefined;
  try {
    const binary = atob(fragment.slice(PREFIX.length).replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const state = JSON.parse(new TextDecoder().decode(await pipe(bytes, new DecompressionStream('deflate-raw')))) as Partial<Shared>;
    const { policy, timeline } = state;
    return typeof policy === 'string' && Array.isArray(timeline) && timeline.every(isEntry) ? { policy, timeline } : undefined;
  } catch {
    return undefined;
  }
}
