/**
 * Watches the folders of the policy files, so an editor's save (often a
 * write to a temporary file and a rename) is seen, and calls `onChange`
 * once a burst of changes has settled.
 */
import { watch, type FSWatcher } from 'node:fs';
import { dirname } from 'node:path';

/** Stops watching. */
export type StopWatching = () => void;

/** Calls `onChange` `settleMs` after the last change to a `.policy` file in the folders of `files`. */
export function watchPolicyFiles(files: readonly string[], onChange: () => void, settleMs = 100): StopWatching {
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(onChange, settleMs);
  };
  const watchers: FSWatcher[] = [];
  for (const dir of new Set(files.map((f) => dirname(f)))) {
    const watcher = watch(dir, { persistent: false }, (_event, name) => {
      if (name === null || String(name).endsWith('.policy')) fire();
    });
    // A folder that goes away stops being watched; the service keeps serving what it has.
    watcher.on('error', () => watcher.close());
    watchers.push(watcher);
  }
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
