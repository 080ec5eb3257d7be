// AssemblyScript, imported by the *.as.ts modules: bytes tested eight at a time in a u64.

/** 0x80 in each byte of x that is zero, 0 in the others (exact, unlike the borrow trick). */
export function zeroBytes(x: u64): u64 {
  const low: u64 = 0x7f7f7f7f7f7f7f7f;
  return ~(((x & low) + low) | x | low);
}
