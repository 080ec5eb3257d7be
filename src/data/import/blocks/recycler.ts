/**
 * Block buffers that came back from the workers, for the splitter to fill again. A fresh buffer
 * of ~10 MB per block cost the import worker about as much as finding the rows (its pages are
 * zeroed and faulted in, in a VM at a high price per page); a reused one costs only the copy.
 */
export class BufferRecycler {
  private readonly free: ArrayBuffer[] = [];

  /** `keep`: the most buffers held (about the blocks in flight at once). */
  constructor(private readonly keep: number) {}

  /** A buffer of at least `size` bytes: a free one when one is big enough, else a new one. */
  take(size: number): ArrayBuffer {
    const at = this.free.findIndex((b) => b.byteLength >= size);
    if (at >= 0) return this.free.splice(at, 1)[0];
    // Some room to spare, so that the next blocks, a little longer, still fit.
    return new ArrayBuffer(size + (size >>> 3));
  }

  /** Gives back a buffer that no one reads any more. */
  give(buffer: ArrayBuffer): void {
    // A transferred-away buffer is detached (length 0) and worth nothing.
    if (buffer.byteLength === 0) return;
    if (this.free.length < this.keep) this.free.push(buffer);
    else {
      // Keep the largest ones: they fit every block.
      let smallest = 0;
      for (let k = 1; k < this.free.length; k++)
        if (this.free[k].byteLength < this.free[smallest].byteLength) smallest = k;
      if (this.free[smallest].byteLength < buffer.byteLength) this.free[smallest] = buffer;
    }
  }
}
