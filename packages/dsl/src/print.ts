/**
 * The formatter: prints a policy tree in the one canonical layout of
 * `examples/policies/`, with every comment put back (see `comments.ts`).
 *
 * Layout: two-space indent; items in the order written, one per line, with a
 * blank line between sections (header fields, thresholds and zero tolerance,
 * roles and teams, records and requirements, groups, scripts, asserts,
 * acknowledgements, and each restriction and rule). A restriction's
 * settings are one per line, in the order written. A rule's `channels`,
 * `when`, `do`, `must` and `duties` are on their own lines; a ladder on one line unless it has three or more steps,
 * a step that repeats (`up to N times`), alternatives (`or`) and a second
 * step, comments between its steps, or would pass 100 columns, in which case
 * each `then` step gets its own line. A duty list past 100 columns wraps
 * after a comma, continuing under its first duty; a list with comments
 * between its duties puts each duty on its own line, so every comment stays
 * beside the duty it was written beside. A comment written after a blank
 * line keeps one blank line above it (except first in a block). Conditions are
 * parenthesised only around an `and` or `or` inside another operator.
 * Numbers, durations, dates and times print as written; modifiers in one
 * fixed order; strings as `quote.ts` says.
 */
import type {
  Appeal,
  Comment,
  Condition,
  DailyCap,
  Duty,
  FieldCondition,
  Name,
  Policy,
  PolicyFile,
  PolicyItem,
  Property,
  RestrictionDef,
  Rule,
  Step,
  Window,
} from './ast.js';
import { attachComments, slot } from './comments.js';
import type { Slot } from './comments.js';
import { hasErrors } from './diagnostic.js';
import type { Diagnostic } from './diagnostic.js';
import { parse } from './parse.js';
import { quote } from './quote.js';

/** What {@link format} returns: the canonical text, or why there is none. */
export interface FormatResult {
  /** Undefined when the input has syntax errors: broken input is never reformatted. */
  readonly text: string | undefined;
  readonly diagnostics: Diagnostic[];
}

/** Parses `text` and prints it in the canonical layout. `name` labels diagnostics. */
export function format(text: string, options: { name?: string } = {}): FormatResult {
  const { ast, diagnostics } = parse(text, options);
  return { text: hasErrors(diagnostics) ? undefined : print(ast), diagnostics };
}

/** Prints a tree in the canonical layout, ending with one line break (empty for an empty file). */
export function print(file: PolicyFile): string {
  const body = file.span.source.body;
  const policy = file.policy && layoutPolicy(file.policy);
  const end = slot(body.length, body.length);
  attachComments(file.comments, [...(policy ? slotsOf(policy) : []), end], body);
  const out = new Writer(body);
  if (policy) writePolicy(out, policy);
  out.comments(end.leading, 0);
  return out.text();
}

// The layout tree: what gets printed, each line with its slot of source.

interface Line {
  readonly slot: Slot;
  readonly text: string;
}

interface PolicyLayout {
  readonly head: Line;
  readonly items: readonly ItemLayout[];
  readonly close: Slot;
}

type Section = 'header' | 'limits' | 'people' | 'records' | 'behaviours' | 'groups' | 'scripts' | 'asserts' | 'acknowledgements' | 'restriction' | 'rule';

type ItemLayout =
  | { readonly section: Exclude<Section, 'rule' | 'restriction'>; readonly line: Line }
  | { readonly section: 'restriction'; readonly restriction: RestrictionLayout }
  | { readonly section: 'rule'; readonly rule: RuleLayout };

interface RestrictionLayout {
  readonly head: Line;
  /** One line per setting, in source order. */
  readonly settings: readonly Line[];
  readonly close: Slot;
}

interface RuleLayout {
  readonly head: Line;
  readonly channels: Line | undefined;
  readonly when: Line | undefined;
  readonly steps: readonly (Line & { readonly repeats: boolean; readonly choices: number })[];
  /** One line per duty, each with its own comments; the writer joins and wraps them. */
  readonly must: readonly Line[];
  readonly duties: readonly Line[];
  readonly close: Slot;
}

function line(start: number, end: number, text: string): Line {
  return { slot: slot(start, end), text };
}

/** The slot of a block's closing brace, the last character of its span. */
function closeSlot(span: { readonly end: number }): Slot {
  return slot(span.end - 1, span.end);
}

function layoutPolicy(p: Policy): PolicyLayout {
  const last = p.extends ?? p.name;
  const ext = p.extends ? ` extends ${quote(p.extends)}` : '';
  return {
    head: line(p.span.start, last.span.end, `policy ${quote(p.name)}${ext}`),
    items: p.items.map(layoutItem),
    close: closeSlot(p.span),
  };
}

function layoutItem(item: PolicyItem): ItemLayout {
  const { start, end } = item.span;
  switch (item.kind) {
    case 'HeaderField': {
      const v = item.value;
      const value = v.kind === 'Text' ? quote(v) : v.kind === 'Date' ? v.raw : v.value;
      return { section: 'header', line: line(start, end, `${item.field} ${value}`) };
    }
    case 'Threshold': {
      const b = item.behaviour ? `${item.behaviour.value} ` : '';
      return { section: 'limits', line: line(start, end, `threshold ${b}${item.value.raw}`) };
    }
    case 'ZeroTolerance': {
      const names = item.behaviours.map((n) => n.value).join(', ');
      return { section: 'limits', line: line(start, end, `zero_tolerance ${names}`) };
    }
    case 'GroupDef': {
      const members = item.members.map((n) => n.value).join(' or ');
      return { section: 'groups', line: line(start, end, `group ${item.name.value} = ${members}`) };
    }
    case 'BehaviourDef': {
      const threshold = item.threshold ? ` threshold ${item.threshold.raw}` : '';
      return { section: 'behaviours', line: line(start, end, `behaviour ${item.name.value} ${quote(item.description)}${threshold}`) };
    }
    case 'ScriptDef':
      return { section: 'scripts', line: line(start, end, `script ${item.name.value} ${quote(item.text)}`) };
    case 'PlaceholderDef': {
      const value = item.from ? `from ${item.from.value}` : item.text ? quote(item.text) : '';
      return { section: 'scripts', line: line(start, end, `placeholder ${item.name.value} ${value}`) };
    }
    case 'RolesDecl':
      return { section: 'people', line: line(start, end, `roles ${names(item.names, ', ')}`) };
    case 'TeamsDecl':
      return { section: 'people', line: line(start, end, `teams ${names(item.names, ', ')}`) };
    case 'RecordExpiry':
      return { section: 'records', line: line(start, end, `record ${item.record.value} expires after ${item.after.raw}${item.appeal ? `, ${appealText(item.appeal)}` : ''}`) };
    case 'Requirement':
      return { section: 'records', line: line(start, end, `require ${item.what.value}`) };
    case 'RestrictionDef':
      return { section: 'restriction', restriction: layoutRestriction(item) };
    case 'Rule':
      return { section: 'rule', rule: layoutRule(item) };
    case 'AssertDef':
      return { section: 'asserts', line: line(start, end, `assert ${item.title ? `${quote(item.title)}: ` : ''}${printProperty(item.property)}`) };
    case 'Acknowledgement':
      return { section: 'acknowledgements', line: line(start, end, `acknowledge ${item.code.value} ${quote(item.reason)}`) };
  }
}

/** A property in the author's words, one space apart. */
export function printProperty(p: Property): string {
  if (p.kind === 'AlwaysProperty') {
    const role = p.approvedBy && `approved by ${p.article === '' ? '' : `${p.article} `}${p.approvedBy.value}`;
    return `${p.action.value} always ${role ?? `owes ${p.owes?.value ?? ''}`}`;
  }
  const unless = p.unless === undefined ? '' : p.unless.escalated ? ' unless escalated' : ` unless warned${p.unless.written === '' ? '' : ` ${p.unless.written}`}`;
  const first = p.first ? ` in the first ${p.first.raw}` : '';
  const when = p.when ? ` when ${printCondition(p.when)}` : '';
  return `never ${p.action.value}${unless}${first}${when}`;
}

function names(list: readonly Name[], separator: string): string {
  return list.map((n) => n.value).join(separator);
}

/** A line for the nodes `first` to `last`. */
function lineOver(first: { readonly span: { readonly start: number } }, last: { readonly span: { readonly end: number } }, text: string): Line {
  return line(first.span.start, last.span.end, text);
}

/** `appeal within 10 working_days[, reply within 20 working_days]`. */
function appealText(a: Appeal): string {
  const reply = a.replyWithin && a.replyUnit ? `, reply within ${a.replyWithin.raw} ${a.replyUnit.value}` : '';
  return `appeal within ${a.within.raw} ${a.unit.value}${reply}`;
}

function layoutRestriction(r: RestrictionDef): RestrictionLayout {
  const title = r.title ? ` ${quote(r.title)}` : '';
  const settings: Line[] = [];
  const add = (nodes: readonly { readonly span: { readonly start: number; readonly end: number } }[], text: string): void => {
    const first = nodes[0];
    const last = nodes[nodes.length - 1];
    if (first && last) settings.push(lineOver(first, last, text));
  };
  if (r.restrictionKind) add([r.restrictionKind], `kind ${r.restrictionKind.value}`);
  if (r.scope) add([r.scope], `scope ${r.scope.value}`);
  add(r.channels, `channels ${names(r.channels, ', ')}`);
  if (r.lasts) add([r.lasts], `lasts up to ${r.lasts.raw}`);
  if (r.review) add([r.review], `reviewed after ${r.review.after.raw}${r.review.independently ? ', independently' : ''}${r.review.every ? `, then every ${r.review.every.raw}` : ''}`);
  if (r.liftedWhen) add([r.liftedWhen], `lifted when ${quote(r.liftedWhen)}`);
  add(r.approvedBy, `approved by ${names(r.approvedBy, ' and ')}`);
  if (r.appeal) add([r.appeal], appealText(r.appeal));
  return {
    head: line(r.span.start, (r.title ?? r.name).span.end, `restriction ${r.name.value}${title}`),
    settings: settings.sort((a, b) => a.slot.start - b.slot.start),
    close: closeSlot(r.span),
  };
}

/** `on silence`, or `on silence ghost_call` for an `on` block with a name of its own. */
function onHead(on: Name, name: Name): string {
  return name === on ? `on ${on.value}` : `on ${on.value} ${name.value}`;
}

function layoutRule(r: Rule): RuleLayout {
  const over = r.override ? 'override ' : '';
  const title = r.title ? ` ${quote(r.title)}` : '';
  const head = r.on ? `${over}${onHead(r.on, r.name)}${title}` : `${over}rule ${r.name.value}${title}`;
  const firstChannel = r.channels[0];
  const lastChannel = r.channels[r.channels.length - 1];
  return {
    head: line(r.span.start, (r.title ?? r.name).span.end, head),
    channels: firstChannel && lastChannel && lineOver(firstChannel, lastChannel, names(r.channels, ', ')),
    when: r.when && line(r.when.span.start, r.when.span.end, printCondition(r.when)),
    steps: (r.ladder?.steps ?? []).map((s) => ({
      ...line(s.span.start, s.span.end, printStep(s)),
      repeats: s.upTo !== undefined,
      choices: 1 + s.alternatives.length,
    })),
    must: r.must.map(dutyLine),
    duties: r.duties.map(dutyLine),
    close: closeSlot(r.span),
  };
}

function dutyLine(d: Duty): Line {
  return line(d.span.start, d.span.end, printDuty(d));
}

/** Every slot, in source order. */
function slotsOf(p: PolicyLayout): Slot[] {
  const slots = [p.head.slot];
  for (const item of p.items) {
    if (item.section !== 'rule' && item.section !== 'restriction') {
      slots.push(item.line.slot);
      continue;
    }
    if (item.section === 'restriction') {
      const r = item.restriction;
      slots.push(r.head.slot, ...r.settings.map((s) => s.slot), r.close);
      continue;
    }
    const r = item.rule;
    slots.push(r.head.slot);
    for (const l of [r.channels, r.when]) if (l) slots.push(l.slot);
    slots.push(...r.steps.map((s) => s.slot));
    slots.push(...r.must.map((d) => d.slot), ...r.duties.map((d) => d.slot));
    slots.push(r.close);
  }
  slots.push(p.close);
  return slots;
}

// Writing the layout out.

const MAX_WIDTH = 100;

class Writer {
  readonly #lines: string[] = [];
  readonly #body: string;

  /** `body` is the source text, read to see which comments stood after a blank line. */
  constructor(body: string) {
    this.#body = body;
  }

  line(indent: number, text: string, trailing?: Comment): void {
    const comment = trailing ? ` ${commentText(trailing)}` : '';
    this.#lines.push(' '.repeat(indent) + text + comment);
  }

  /** Comments on their own lines; one written after a blank line keeps a blank line above it. */
  comments(list: readonly Comment[], indent: number): void {
    for (const c of list) {
      const previous = this.#lines[this.#lines.length - 1];
      if (previous && previous !== '' && !previous.endsWith('{') && blankLineBefore(this.#body, c.span.start)) this.blank();
      this.line(indent, commentText(c));
    }
  }

  blank(): void {
    this.#lines.push('');
  }

  text(): string {
    return this.#lines.length ? `${this.#lines.join('\n')}\n` : '';
  }
}

/** Whether only spaces and two or more line breaks stand between `at` and the text before it. */
function blankLineBefore(body: string, at: number): boolean {
  let breaks = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = body[i];
    if (c === '\n') breaks++;
    else if (c !== ' ' && c !== '\t' && c !== '\r') break;
  }
  return breaks >= 2;
}

// Trailing spaces in a comment are invisible; dropping them keeps lines clean.
function commentText(c: Comment): string {
  return `#${c.text.trimEnd()}`;
}

function writePolicy(out: Writer, p: PolicyLayout): void {
  const items = p.items;
  writeBlock(out, 0, p.head, p.close, items.length === 0, () => {
    let previous: Section | undefined;
    for (const item of items) {
      const block = item.section === 'rule' || item.section === 'restriction';
      if (previous && (item.section !== previous || block)) out.blank();
      previous = item.section;
      if (item.section === 'rule') writeRule(out, item.rule);
      else if (item.section === 'restriction') writeRestriction(out, item.restriction);
      else writeLine(out, 2, item.line);
    }
    // Comments before the policy's `}` stand apart from the last item.
    if (items.length > 0 && p.close.leading.length > 0) out.blank();
  });
}

function writeRestriction(out: Writer, r: RestrictionLayout): void {
  writeBlock(out, 2, r.head, r.close, r.settings.length === 0, () => {
    for (const setting of r.settings) writeLine(out, 4, setting);
  });
}

function writeRule(out: Writer, r: RuleLayout): void {
  const empty = !r.channels && !r.when && r.steps.length === 0 && r.must.length === 0 && r.duties.length === 0;
  writeBlock(out, 2, r.head, r.close, empty, () => {
    if (r.channels) writeLine(out, 4, r.channels, 'channels ');
    if (r.when) writeLine(out, 4, r.when, 'when ');
    writeLadder(out, r.steps);
    writeList(out, r.must, 'must ');
    writeList(out, r.duties, 'duties ');
  });
}

/**
 * Writes `keyword a, b, c` on one line, or, past {@link MAX_WIDTH}, wrapped
 * after commas with each further line starting under the first item. With
 * comments between items, each item gets its own line and its comments.
 */
function writeList(out: Writer, items: readonly Line[], keyword: string): void {
  const first = items[0];
  if (!first) return;
  const last = items.length - 1;
  const pieces = items.map((item, i) => (i < last ? `${item.text},` : item.text));
  const under = ' '.repeat(keyword.length);
  if (items.some((item, i) => (i > 0 && item.slot.leading.length > 0) || (i < last && item.slot.trailing))) {
    items.forEach((item, i) => {
      out.comments(item.slot.leading, i === 0 ? 4 : 4 + keyword.length);
      out.line(4, (i === 0 ? keyword : under) + pieces[i]!, item.slot.trailing);
    });
    return;
  }
  out.comments(first.slot.leading, 4);
  const lines: string[] = [];
  let current = keyword + pieces[0]!;
  for (const piece of pieces.slice(1)) {
    if (4 + width(`${current} ${piece}`) <= MAX_WIDTH) current += ` ${piece}`;
    else {
      lines.push(current);
      current = under + piece;
    }
  }
  lines.push(current);
  lines.forEach((text, i) => out.line(4, text, i === lines.length - 1 ? items[last]!.slot.trailing : undefined));
}

function width(text: string): number {
  return [...text].length;
}

/** Writes `head {`, the body and `}`; an empty block with no comments inside is `head {}`. */
function writeBlock(out: Writer, indent: number, head: Line, close: Slot, empty: boolean, body: () => void): void {
  out.comments(head.slot.leading, indent);
  if (empty && !head.slot.trailing && close.leading.length === 0) {
    out.line(indent, `${head.text} {}`, close.trailing);
    return;
  }
  out.line(indent, `${head.text} {`, head.slot.trailing);
  body();
  out.comments(close.leading, indent + 2);
  out.line(indent, '}', close.trailing);
}

function writeLine(out: Writer, indent: number, l: Line, keyword = ''): void {
  out.comments(l.slot.leading, indent);
  out.line(indent, keyword + l.text, l.slot.trailing);
}

function writeLadder(out: Writer, steps: RuleLayout['steps']): void {
  const first = steps[0];
  if (!first) return;
  const oneLine = `do ${steps.map((s) => s.text).join(' then ')}`;
  const split =
    steps.length >= 3 ||
    steps.some((s) => s.repeats) ||
    (steps.length >= 2 && steps.some((s) => s.choices > 1)) ||
    steps.some((s, i) => (i > 0 && s.slot.leading.length > 0) || (i < steps.length - 1 && s.slot.trailing)) ||
    4 + [...oneLine].length > MAX_WIDTH;
  if (!split) {
    out.comments(first.slot.leading, 4);
    out.line(4, oneLine, steps[steps.length - 1]!.slot.trailing);
    return;
  }
  steps.forEach((s, i) => writeLine(out, i === 0 ? 4 : 6, s, i === 0 ? 'do ' : 'then '));
}

// Expressions, steps and duties: one line each.

/** A rung: when it is due (`after 30m`, `at once`), `may`, its first choice, then ` or ` and each alternative. */
function printStep(s: Step): string {
  const due = s.after ? `after ${s.after.raw} ` : s.atOnce ? 'at once ' : '';
  return due + (s.may ? 'may ' : '') + [s, ...s.alternatives].map(printChoice).join(' or ');
}

function printChoice(s: Step): string {
  let text = s.action.value;
  if (s.immediately) text += ' immediately';
  if (s.via) text += ` via ${s.via.value}`;
  if (s.within) text += ` within ${s.within.raw}`;
  if (s.to) text += ` to ${s.to.value}`;
  if (s.script) text += ` with ${s.script.value}`;
  if (s.scriptSet) text += ` with any ${s.scriptSet.atLeast.raw} of (${names(s.scriptSet.scripts, ', ')})`;
  if (s.by) text += ` by ${s.by.value}`;
  if (s.upTo) text += `, up to ${s.upTo.raw} times`;
  if (s.for) text += ` for ${s.for.raw}`;
  text += callbackOptions(s.window, s.cap);
  if (s.approvedBy.length > 0) text += `, approved by ${names(s.approvedBy, ' and ')}`;
  return text;
}

/** A duty with its modifiers, on one line, as a `duties` list writes it. */
export function printDuty(d: Duty): string {
  let text = d.name.value;
  if (d.target) text += ` ${d.target.value}`;
  if (d.script) text += ` with ${d.script.value}`;
  if (d.owner) text += ` by ${d.owner.value}`;
  if (d.within) text += ` within ${d.within.raw}`;
  if (d.for) text += ` for ${d.for.raw}`;
  if (d.to) text += ` to ${d.to.value}`;
  return text + callbackOptions(d.window, d.cap);
}

/** `between 09:00 and 20:00, up to 3 per day`. */
function callbackOptions(window: Window | undefined, cap: DailyCap | undefined): string {
  const between = window ? ` between ${window.from.raw} and ${window.to.raw}` : '';
  return between + (cap ? `, up to ${cap.count.raw} per ${cap.per.value}` : '');
}

/** An operand of `and`, `or` or `not`, in parentheses if it is an `and` or `or`. */
function operand(c: Condition): string {
  const text = printCondition(c);
  return c.kind === 'And' || c.kind === 'Or' ? `(${text})` : text;
}

/**
 * Prints a condition on one line. Chains are walked in loops, not recursion,
 * so a long `a or b or ...` or `not not ...` cannot overflow the stack.
 */
export function printCondition(c: Condition): string {
  switch (c.kind) {
    case 'Or':
    case 'And': {
      // Walk the left spine: `and` and `or` group to the left, so a chain
      // needs no parentheses. Any other `and` or `or` operand gets them, even
      // an `and` inside an `or`: authors should not need to know precedence.
      const op = c.kind;
      const operands: string[] = [];
      let left: Condition = c;
      while (left.kind === op) {
        operands.push(operand(left.right));
        left = left.left;
      }
      operands.push(operand(left));
      return operands.reverse().join(` ${op.toLowerCase()} `);
    }
    case 'Not': {
      let nots = 'not ';
      let inner = c.operand;
      while (inner.kind === 'Not') {
        nots += 'not ';
        inner = inner.operand;
      }
      return nots + operand(inner);
    }
    case 'Behaviour': {
      const speaker = c.speaker ? `${c.speaker.value} ` : '';
      const count = c.count ? ` ${c.count.times.raw} times within ${c.count.within.raw}` : '';
      return speaker + c.name.value + count;
    }
    case 'Field':
      return printField(c);
  }
}

function printField(c: FieldCondition): string {
  const key = c.field.key ? `.${c.field.key.value}` : '';
  const path = `${c.field.root.value}.${c.field.member.value}${key}`;
  if (!c.op || !c.value) return path;
  const v = c.value;
  const value = v.kind === 'Text' ? quote(v) : v.kind === 'Name' ? v.value : v.raw;
  return `${path} ${c.op} ${value}`;
}
