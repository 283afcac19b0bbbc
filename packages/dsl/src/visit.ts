/**
 * A generic walk over the syntax tree, in the style of graphql-js: a table
 * names the child keys of each node kind, and `visit` calls `enter` and
 * `leave` callbacks in depth-first order. The walk keeps its own stack, so a
 * long `a and b and c ...` chain cannot overflow the call stack.
 */
import type { Node } from './ast.js';

/** Every node kind. */
export type NodeKind = Node['kind'];

/** The node type of one kind. */
export type NodeOfKind<K extends NodeKind> = Extract<Node, { readonly kind: K }>;

/**
 * The keys under which each kind holds child nodes, in the formatter's order
 * (the source order of a formatted policy). A rule's `on` is the same node
 * as its `name`, so only `name` is listed.
 */
export const CHILD_KEYS: { readonly [K in NodeKind]: readonly (keyof NodeOfKind<K> & string)[] } = {
  PolicyFile: ['policy', 'comments'],
  Policy: ['name', 'extends', 'items'],
  HeaderField: ['value'],
  Threshold: ['behaviour', 'value'],
  ZeroTolerance: ['behaviours'],
  GroupDef: ['name', 'members'],
  BehaviourDef: ['name', 'description', 'threshold'],
  ScriptDef: ['name', 'text'],
  PlaceholderDef: ['name', 'from', 'text'],
  RolesDecl: ['names'],
  TeamsDecl: ['names'],
  RecordExpiry: ['record', 'after', 'appeal'],
  Requirement: ['what'],
  RestrictionDef: ['name', 'title', 'restrictionKind', 'scope', 'channels', 'lasts', 'review', 'liftedWhen', 'approvedBy', 'appeal'],
  Review: ['after', 'every'],
  Appeal: ['within', 'unit', 'replyWithin', 'replyUnit'],
  Rule: ['name', 'title', 'channels', 'when', 'ladder', 'must', 'duties'],
  AssertDef: ['title', 'property'],
  Acknowledgement: ['code', 'reason'],
  NeverProperty: ['action', 'first', 'when'],
  AlwaysProperty: ['action', 'approvedBy', 'owes'],
  And: ['left', 'right'],
  Or: ['left', 'right'],
  Not: ['operand'],
  Behaviour: ['speaker', 'name', 'count'],
  Count: ['times', 'within'],
  Field: ['field', 'value'],
  FieldPath: ['root', 'member', 'key'],
  Ladder: ['steps'],
  Step: ['after', 'action', 'via', 'within', 'to', 'script', 'scriptSet', 'by', 'upTo', 'for', 'window', 'cap', 'approvedBy', 'alternatives'],
  ScriptSet: ['atLeast', 'scripts'],
  Window: ['from', 'to'],
  DailyCap: ['count', 'per'],
  Duty: ['name', 'target', 'script', 'owner', 'within', 'for', 'to', 'window', 'cap'],
  Name: [],
  Text: [],
  Number: [],
  Duration: [],
  Date: [],
  Time: [],
  Comment: [],
};

/** Returned by a callback to stop the whole walk. */
export const BREAK: unique symbol = Symbol('BREAK');

/**
 * A callback; returning `false` from `enter` skips the node's children (and
 * its `leave`), returning {@link BREAK} stops the walk.
 */
export type VisitFn<N extends Node> = (
  node: N,
  parent: Node | undefined,
  ancestors: readonly Node[],
) => void | false | typeof BREAK;

/** Callbacks for one kind: a function (called on enter) or `enter`/`leave`. */
export type KindVisitor<N extends Node> = VisitFn<N> | { readonly enter?: VisitFn<N>; readonly leave?: VisitFn<N> };

/** Callbacks for every node, and per kind. */
export type Visitor = {
  readonly enter?: VisitFn<Node>;
  readonly leave?: VisitFn<Node>;
} & { readonly [K in NodeKind]?: KindVisitor<NodeOfKind<K>> };

/** The child nodes of `node`, in source order. */
export function childrenOf(node: Node): Node[] {
  const record = node as unknown as Record<string, Node | readonly Node[] | undefined>;
  const children: Node[] = [];
  for (const key of CHILD_KEYS[node.kind]) {
    const value = record[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) children.push(...(value as readonly Node[]));
    else children.push(value as Node);
  }
  return children;
}

function callbacks(visitor: Visitor, kind: NodeKind): { enter?: VisitFn<Node>; leave?: VisitFn<Node> } {
  const specific = visitor[kind] as KindVisitor<Node> | undefined;
  if (specific === undefined) return {};
  return typeof specific === 'function' ? { enter: specific } : specific;
}

/** Walks `root` depth-first, calling the visitor's callbacks. */
export function visit(root: Node, visitor: Visitor): void {
  const ancestors: Node[] = [];
  // Each entry is a node to enter, or (leaving) the node to leave.
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    const forKind = callbacks(visitor, node.kind);
    if (leaving) {
      ancestors.pop();
      const parent = ancestors[ancestors.length - 1];
      if (visitor.leave?.(node, parent, ancestors) === BREAK) return;
      if (forKind.leave?.(node, parent, ancestors) === BREAK) return;
      continue;
    }
    const parent = ancestors[ancestors.length - 1];
    const general = visitor.enter?.(node, parent, ancestors);
    if (general === BREAK) return;
    const specific = general === false ? false : forKind.enter?.(node, parent, ancestors);
    if (specific === BREAK) return;
    if (general === false || specific === false) continue;
    ancestors.push(node);
    stack.push({ node, leaving: true });
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
}
