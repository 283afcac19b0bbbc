/**
 * Scripts with placeholders, cut at compile time into the words between
 * them, so that a call fills each once, when it opens.
 */
import { placeholdersIn } from '@callguard/dsl/ir';
import type { ScriptRef } from '@callguard/contract';

/** A script with placeholders: `text` is `parts[0] + value of names[0] + parts[1] + ...`. */
export interface ScriptTemplate {
  /** The script as the policy writes it. */
  readonly ref: ScriptRef;
  readonly parts: readonly string[];
  readonly names: readonly string[];
}

/**
 * Interns scripts by name: one frozen `ScriptRef` each, shared by every
 * decision, and a template for each script with placeholders, which a
 * session fills (`fillOf` gives its index, -1 for a script without any).
 */
export class ScriptTable {
  private readonly refs = new Map<string, ScriptRef>();
  private readonly slots = new Map<string, number>();
  readonly templates: ScriptTemplate[] = [];

  ref(name: string, text: string): ScriptRef {
    let ref = this.refs.get(name);
    if (ref === undefined) {
      ref = Object.freeze({ name, text });
      this.refs.set(name, ref);
      const uses = placeholdersIn(text);
      if (uses.length > 0) {
        const parts: string[] = [];
        let at = 0;
        for (const use of uses) {
          parts.push(text.slice(at, use.start));
          at = use.end;
        }
        parts.push(text.slice(at));
        this.slots.set(name, this.templates.length);
        this.templates.push({ ref, parts, names: uses.map((u) => u.name) });
      }
    }
    return ref;
  }

  /** Every script interned, with its template index. */
  byName(): Map<string, { readonly ref: ScriptRef; readonly fill: number }> {
    return new Map([...this.refs].map(([name, ref]) => [name, { ref, fill: this.fillOf(name) }]));
  }

  /** The template index of script `name`, or -1 when it has no placeholders. */
  fillOf(name: string | undefined): number {
    return name === undefined ? -1 : (this.slots.get(name) ?? -1);
  }
}
