import { Argument, type Command } from 'commander';
import { bashCompletion } from '../completion/bash.js';
import { commandTable } from '../completion/command-table.js';
import { fishCompletion } from '../completion/fish.js';
import { zshCompletion } from '../completion/zsh.js';
import { EXIT, type Io } from '../io.js';

const SHELLS = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion } as const;

/** Adds `callguard completion <shell>`, which prints a completion script made from `program`'s own commands. */
export function registerCompletion(program: Command, io: Io, result: { code: number }): void {
  program
    .command('completion')
    .description('print a shell completion script for bash, zsh or fish')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(Object.keys(SHELLS)))
    .addHelpText(
      'after',
      '\nExamples:\n  $ source <(callguard completion bash)            # in ~/.bashrc\n  $ callguard completion zsh > "${fpath[1]}/_callguard"\n  $ callguard completion fish > ~/.config/fish/completions/callguard.fish',
    )
    .action((shell: keyof typeof SHELLS) => {
      io.out(SHELLS[shell](commandTable(program)));
      result.code = EXIT.ok;
    });
}
