import type { EvalFunction, FunctionMeta } from '../function-types';

export type DescribedFunction = EvalFunction & { meta: FunctionMeta };

/**
 * Gives each function of a family its help text, as HyperFormula's plugins list their functions
 * with metadata: the parser, help and completion then read the same registry. A function without
 * a text, or a text for no function, fails when the module loads, so none can be forgotten.
 */
export function withDocs(
  functions: readonly EvalFunction[],
  docs: Record<string, FunctionMeta>,
): readonly DescribedFunction[] {
  const named = new Set(functions.map((f) => f.name));
  for (const name of Object.keys(docs)) {
    if (!named.has(name)) throw new Error(`Help for eval function ${name}, which does not exist`);
  }
  return functions.map((f) => {
    const meta = Object.hasOwn(docs, f.name) ? docs[f.name] : undefined;
    if (!meta) throw new Error(`Eval function ${f.name} has no help text`);
    return { ...f, meta };
  });
}
