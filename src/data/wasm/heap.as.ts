// AssemblyScript, imported by the *.as.ts modules: their memory as a bump allocator. A region
// that must grow is copied to a new one and the old one is abandoned, so a module holds at most
// about twice its largest working set; every module instance has a memory of its own.

let top: usize = 0;

/** `bytes` of memory, 16-byte aligned, growing the memory as needed. */
export function alloc(bytes: i32): usize {
  if (top == 0) top = __heap_base;
  const p = (top + 15) & ~15;
  top = p + <usize>bytes;
  const have = (<usize>memory.size()) << 16;
  if (top > have) {
    const pages = <i32>((top - have + 0xffff) >> 16);
    if (memory.grow(pages) < 0) unreachable();
  }
  return p;
}

/** A new region of `bytes` that starts with the first `used` bytes of `old`. */
export function regrow(old: usize, used: i32, bytes: i32): usize {
  const p = alloc(bytes);
  if (used > 0) memory.copy(p, old, <usize>used);
  return p;
}
