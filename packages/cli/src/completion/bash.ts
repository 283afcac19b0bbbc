import { allCommands, type CommandSpec } from './command-table.js';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** A bash `case` over command paths, each giving `value`; the table's commands in order. */
function cases(root: CommandSpec, value: (c: CommandSpec) => string): string {
  return allCommands(root)
    .map((c) => `    ${quote(c.path.join(' '))}) echo ${quote(value(c))} ;;`)
    .join('\n');
}

/** The bash completion script (`complete -F`), from the command table. */
export function bashCompletion(root: CommandSpec): string {
  return `# bash completion for callguard, written by \`callguard completion bash\`.
# Load it with: source <(callguard completion bash)

_callguard_subcommands() {
  case "$1" in
${cases(root, (c) => c.subcommands.map((s) => s.path.at(-1)).join(' '))}
  esac
}

_callguard_words() {
  case "$1" in
${cases(root, (c) => [...c.subcommands.map((s) => s.path.at(-1)), ...c.words].join(' '))}
  esac
}

_callguard_options() {
  case "$1" in
${cases(root, (c) => c.options.flatMap((o) => o.flags).join(' '))}
  esac
}

_callguard_value_options() {
  case "$1" in
${cases(root, (c) => c.options.filter((o) => o.takesValue).flatMap((o) => o.flags).join(' '))}
  esac
}

_callguard_files() {
  case "$1" in
${cases(root, (c) => (c.files ? 'yes' : 'no'))}
  esac
}

_callguard() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" path="" i word
  (( COMP_CWORD > 0 )) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  for (( i = 1; i < COMP_CWORD; i++ )); do
    word="\${COMP_WORDS[i]}"
    if [[ "$word" != -* && " $(_callguard_subcommands "$path") " == *" $word "* ]]; then
      path="\${path:+$path }$word"
    fi
  done
  COMPREPLY=()
  if [[ "$prev" == -* && " $(_callguard_value_options "$path") " == *" $prev "* ]]; then
    COMPREPLY=( $(compgen -f -- "$cur") )
  elif [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$(_callguard_options "$path")" -- "$cur") )
  else
    COMPREPLY=( $(compgen -W "$(_callguard_words "$path")" -- "$cur") )
    [[ "$(_callguard_files "$path")" == yes ]] && COMPREPLY+=( $(compgen -f -- "$cur") )
  fi
}

complete -o filenames -F _callguard callguard
`;
}
