/** The outline of a policy: the policy, and inside it its rules, `on` blocks, scripts, groups and restrictions. */
import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol } from 'vscode-languageserver';
import type { PolicyItem } from '@callguard/dsl';
import type { ParsedFile } from './parsed-file.js';

const KINDS: Partial<Record<PolicyItem['kind'], SymbolKind>> = {
  Rule: SymbolKind.Method,
  ScriptDef: SymbolKind.String,
  GroupDef: SymbolKind.Enum,
  RestrictionDef: SymbolKind.Struct,
};

/** The document symbols of `file`. */
export function documentSymbols(file: ParsedFile): DocumentSymbol[] {
  const policy = file.ast.policy;
  if (!policy) return [];
  const children: DocumentSymbol[] = [];
  for (const item of policy.items) {
    const kind = KINDS[item.kind];
    if (kind === undefined || !('name' in item)) continue;
    const rule = item.kind === 'Rule' ? item : undefined;
    const detail = rule ? rule.title?.value : item.kind === 'ScriptDef' ? item.text.value : item.kind === 'RestrictionDef' ? item.title?.value : undefined;
    children.push({
      name: rule?.on ? (item.name === rule.on ? `on ${item.name.value}` : `on ${rule.on.value} ${item.name.value}`) : item.name.value,
      kind: rule?.on ? SymbolKind.Event : kind,
      range: file.range(item.span),
      selectionRange: file.range(item.name.span),
      ...(detail !== undefined ? { detail } : {}),
    });
  }
  return [
    {
      name: policy.name.value,
      kind: SymbolKind.Module,
      range: file.range(policy.span),
      selectionRange: file.range(policy.name.span),
      ...(policy.extends ? { detail: `extends ${policy.extends.value}` } : {}),
      children,
    },
  ];
}
