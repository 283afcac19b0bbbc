import { describe, expect, it } from 'vitest';
import type { Node } from './ast.js';
import { parse } from './parse.js';
import { BREAK, childrenOf, visit } from './visit.js';

const { ast } = parse(`policy "p" {
  script s "hello"
  rule r "t" { when customer threat and not slur do warn with s then end_call duties document }
  on line_dropped { do callback within 5m }
}`);

describe('visit', () => {
  it('enters and leaves every node depth-first', () => {
    const events: string[] = [];
    visit(ast, {
      enter: (node) => void events.push(`+${node.kind}`),
      leave: (node) => void events.push(`-${node.kind}`),
    });
    expect(events.slice(0, 6)).toEqual(['+PolicyFile', '+Policy', '+Text', '-Text', '+ScriptDef', '+Name']);
    expect(events.at(-1)).toBe('-PolicyFile');
    expect(events.filter((e) => e.startsWith('+'))).toHaveLength(events.length / 2);
  });

  it('visits an `on` rule’s name once and calls per-kind visitors', () => {
    const names: string[] = [];
    const left: string[] = [];
    visit(ast, {
      Name: (node) => void names.push(node.value),
      And: { leave: (node) => void left.push(node.left.kind) },
    });
    expect(names).toEqual(['s', 'r', 'customer', 'threat', 'slur', 'warn', 's', 'end_call', 'document', 'line_dropped', 'callback']);
    expect(left).toEqual(['Behaviour']);
  });

  it('skips children when enter returns false, and stops on BREAK', () => {
    const kinds: string[] = [];
    visit(ast, { enter: (node) => (kinds.push(node.kind), node.kind === 'Rule' ? false : undefined) });
    expect(kinds).not.toContain('Ladder');
    let count = 0;
    visit(ast, { enter: () => (++count === 3 ? BREAK : undefined) });
    expect(count).toBe(3);
  });

  it('passes parents and ancestors', () => {
    const parents = new Map<string, string | undefined>();
    visit(ast, {
      Step: (node, parent, ancestors) => {
        parents.set(node.action.value, parent?.kind);
        expect(ancestors.map((a: Node) => a.kind)).toEqual(['PolicyFile', 'Policy', 'Rule', 'Ladder']);
      },
    });
    expect(parents.get('warn')).toBe('Ladder');
  });

  it('walks a very deep tree without recursion', () => {
    const chain = Array.from({ length: 50_000 }, () => 'threat').join(' and ');
    const deep = parse(`policy "p" { rule r { when ${chain} } }`).ast;
    let behaviours = 0;
    visit(deep, { Behaviour: () => void behaviours++ });
    expect(behaviours).toBe(50_000);
  });

  it('lists children in source order', () => {
    const rule = ast.policy!.items[1]!;
    expect(childrenOf(rule).map((c) => c.kind)).toEqual(['Name', 'Text', 'And', 'Ladder', 'Duty']);
  });
});
