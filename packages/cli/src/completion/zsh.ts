import { allCommands, type CommandSpec } from './command-table.js';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
/** `name:description` for `_describe`, with the colons in the name escaped. */
const item = (name: string, description: string) => quote(`${name.replace(/:/g, '\\:')}:${description}`);

function branch(c: CommandSpec): string {
  const subs = [...c.subcommands.map((s) => item(s.path.at(-1) ?? '', s.description)), ...c.words.map((w) => item(w, ''))];
  const options = c.options.flatMap((o) => o.flags.map((f) => item(f, o.description)));
  const values = c.options.filter((o) => o.takesValue).flatMap((o) => o.flags.map(quote));
  return [
    `    ${quote(c.path.join(' '))})`,
    `      subs=(${subs.join(' ')})`,
    `      opts=(${options.join(' ')})`,
    `      values=(${values.join(' ')})`,
    `      files=${c.files ? 1 : 0} ;;`,
  ].join('\n');
}

/** The zsh completion script (a `#compdef` function), from the command table. */
export function zshCompletion(root: CommandSpec): string {
  const paths = allCommands(root)
    .filter((c) => c.path.length > 0)
    .map((c) => quote(`${c.path.slice(0, -1).join(' ')}:${c.path.at(-1) ?? ''}`));
  return `#compdef callguard
# zsh completion for callguard, written by \`callguard completion zsh\`.
# Load it with: source <(callguard completion zsh), or save it as _callguard
# in a folder of your $fpath.

_callguard() {
  local p="" w i files=0
  local -a subs opts values
  for (( i = 2; i < CURRENT; i++ )); do
    w=\${words[i]}
    case "$p:$w" in
      ${paths.join('|')}) p="\${p:+$p }$w" ;;
    esac
  done
  case "$p" in
${allCommands(root).map(branch).join('\n')}
  esac
  if (( \${values[(Ie)\${words[CURRENT-1]}]} )); then
    _files
  elif [[ $PREFIX == -* ]]; then
    _describe -t options option opts
  else
    if (( \${#subs} )); then _describe -t commands command subs; fi
    if (( files )); then _files; fi
  fi
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _callguard "$@"
else
  compdef _callguard callguard
fi
`;
}
