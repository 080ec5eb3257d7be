// AssemblyScript, imported by the *.as.ts modules: bytes tested and compared eight at a time.

/** 0x80 in each byte of x that is zero, 0 in the others (exact, unlike the borrow trick). */
export function zeroBytes(x: u64): u64 {
  const low: u64 = 0x7f7f7f7f7f7f7f7f;
  return ~(((x & low) + low) | x | low);
}

/** Whether the len bytes at a and at b are the same, compared eight at a time. */
export function sameBytes(a: usize, b: usize, len: i32): bool {
  let k: i32 = 0;
  for (; k + 8 <= len; k += 8) if (load<u64>(a + k) != load<u64>(b + k)) return false;
  for (; k < len; k++) if (load<u8>(a + k) != load<u8>(b + k)) return false;
  return true;
}
