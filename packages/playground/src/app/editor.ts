/**
 * The policy editor: CodeMirror 6 with the checker's diagnostics as lint
 * marks (offsets map one to one: both count UTF-16 units), and light
 * highlighting of comments, text, numbers and the language's words.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter } from '@codemirror/lint';
import type { Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { ACTIONS, BEHAVIOURS, checkText, DUTIES, LINE_EVENTS, STANCES } from '@callguard/dsl';

const KEYWORDS = new Set([
  'policy', 'extends', 'version', 'owner', 'effective', 'stance', 'description', 'threshold', 'zero_tolerance', 'group',
  'script', 'roles', 'teams', 'record', 'require', 'restriction', 'rule', 'override', 'on', 'channels', 'when', 'do',
  'then', 'must', 'duties', 'and', 'or', 'not', 'with', 'to', 'by', 'via', 'up', 'times', 'within', 'for', 'approved',
  'immediately', 'may', 'after', 'at', 'once', 'customer', 'agent', 'placeholder', 'from', 'any', 'of',
]);
const WORDS = new Set<string>([...BEHAVIOURS, ...ACTIONS, ...DUTIES, ...LINE_EVENTS, ...STANCES]);

const policyLanguage = StreamLanguage.define<null>({
  name: 'callguard-policy',
  startState: () => null,
  token(stream) {
    if (stream.eatSpace()) return null;
    if (stream.match('#')) {
      stream.skipToEnd();
      return 'comment';
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
    if (stream.match(/^\d[\w.:-]*/)) return 'number';
    const word = stream.match(/^[A-Za-z_]\w*/) as RegExpMatchArray | null;
    if (word) return KEYWORDS.has(word[0]) ? 'keyword' : WORDS.has(word[0]) ? 'atom' : 'variableName';
    stream.next();
    return null;
  },
});

/** The checker's diagnostics for `text`, as CodeMirror lint diagnostics. */
export function lint(text: string): LintDiagnostic[] {
  return checkText(text, 'playground.policy').diagnostics.map((d) => ({
    from: Math.min(d.span.start, text.length),
    to: Math.min(Math.max(d.span.end, d.span.start), text.length),
    severity: d.severity,
    source: d.code,
    message: d.help ? `${d.message} (${d.help})` : d.message,
  }));
}

/** An editor in `parent` holding `text`; `onChange` hears every edit. */
export function createEditor(parent: HTMLElement, text: string, onChange: (text: string) => void): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        highlightActiveLine(),
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        policyLanguage,
        syntaxHighlighting(defaultHighlightStyle),
        lintGutter(),
        linter((view) => lint(view.state.doc.toString()), { delay: 300 }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
        EditorView.lineWrapping,
      ],
    }),
  });
}

/** Replaces the editor's whole text. */
export function setText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
