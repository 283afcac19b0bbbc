/** What a call file holds: JSON Lines events, or a plain `[mm:ss] customer: text` transcript. */
export type CallFormat = 'events' | 'transcript';

/**
 * Recognises a call's format from its first non-blank line: `{` opens a
 * JSON event; `#` (a header such as `# queue: billing`) or `[mm:ss]` starts
 * a transcript. Only when that line is neither does the name decide (`.txt`
 * is a transcript, anything else events, whose reader then says what is
 * wrong), so standard input and a misnamed file read as what they hold.
 */
export function callFormat(text: string, name: string): CallFormat {
  const first = /^[ \t]*(\S)(\S?)/m.exec(text.replace(/^\uFEFF/, ''));
  if (first?.[1] === '{') return 'events';
  if (first?.[1] === '#' || (first?.[1] === '[' && /\d/.test(first[2] ?? ''))) return 'transcript';
  return name.endsWith('.txt') ? 'transcript' : 'events';
}
