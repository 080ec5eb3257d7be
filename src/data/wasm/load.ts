/**
 * A WebAssembly module's loader: compiles it once per thread, on first use, and gives null where
 * WebAssembly is missing or refused (Safari's Lockdown Mode, a policy that forbids it), so that
 * callers fall back to their JS. Compiled synchronously: only workers (and Node) build chunks, and
 * there a module of a few KB compiles in about a millisecond.
 */
export function moduleLoader(bytes: Uint8Array<ArrayBuffer>): () => WebAssembly.Module | null {
  let compiled: WebAssembly.Module | null | undefined;
  return () => {
    if (compiled === undefined) {
      try {
        compiled = new WebAssembly.Module(bytes);
      } catch (err) {
        // Said once per module and thread: the import still works, slower (see the README).
        console.warn(`WebAssembly refused; using the JS fallback (${(err as Error).message})`);
        compiled = null;
      }
    }
    return compiled;
  };
}

/** An instance of `module` whose exports are typed as `T` (the AssemblyScript source's). */
export function instantiate<T>(module: WebAssembly.Module): T {
  const abort = () => {
    throw new Error('WebAssembly module aborted');
  };
  return new WebAssembly.Instance(module, { env: { abort } }).exports as unknown as T;
}
