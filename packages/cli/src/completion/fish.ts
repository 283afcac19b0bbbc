import { allCommands, type CommandSpec } from './command-table.js';

const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function lines(c: CommandSpec): string[] {
  const at = `-n ${quote(`__callguard_at ${quote(c.path.join(' '))}`)}`;
  return [
    ...c.subcommands.map((s) => `complete -c callguard ${at} -a ${quote(s.path.at(-1) ?? '')} -d ${quote(s.description)}`),
    ...c.words.map((w) => `complete -c callguard ${at} -a ${quote(w)}`),
    ...c.options.map((o) => {
      const flags = o.flags.map((f) => (f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`)).join(' ');
      return `complete -c callguard ${at} ${flags}${o.takesValue ? ' -r -F' : ''} -d ${quote(o.description)}`;
    }),
    ...(c.files ? [`complete -c callguard ${at} -F`] : []),
  ];
}

/** The fish completion script (`complete -c callguard ...`), from the command table. */
export function fishCompletion(root: CommandSpec): string {
  const paths = allCommands(root)
    .filter((c) => c.path.length > 0)
    .map((c) => quote(`${c.path.slice(0, -1).join(' ')}:${c.path.at(-1) ?? ''}`));
  return `# fish completion for callguard, written by \`callguard completion fish\`.
# Load it with: callguard completion fish | source, or save it as
# ~/.config/fish/completions/callguard.fish

# The command words typed so far (\`duties done\`), options and their values left out.
function __callguard_path
    set -l p ''
    set -l typed (commandline -opc)
    set -e typed[1]
    for w in $typed
        if contains -- "$p:$w" ${paths.join(' ')}
            set p (string trim -- "$p $w")
        end
    end
    echo $p
end

function __callguard_at
    set -l p (__callguard_path)
    test "$p" = "$argv[1]"
end

complete -c callguard -f
${allCommands(root).flatMap(lines).join('\n')}
`;
}
