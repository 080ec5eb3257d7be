import { describe, expect, it } from 'vitest';
import { readInto, type ByteSink } from './read-into';

/** A sink that keeps what is read, in buffers of `size` bytes that the reads move. */
function collect(size: number) {
  const pieces: Uint8Array[] = [];
  let buffer = new ArrayBuffer(size);
  const moved: ArrayBuffer[] = [];
  const sink: ByteSink = {
    room: () => new Uint8Array(buffer),
    wrote: (view) => {
      buffer = view.buffer;
      moved.push(buffer);
      pieces.push(view.slice());
      return Promise.resolve();
    },
    stopped: () => false,
    // What it read it copied out: a lost buffer held nothing.
    held: () => 0,
    restore: () => {
      buffer = new ArrayBuffer(size);
    },
  };
  const got = () => new Uint8Array(Buffer.concat(pieces));
  return { sink, got, moved };
}

/** readInto with no progress, no cancel (and a read given up after `stallMs`). */
const read = (file: File, sink: ByteSink, stallMs?: number) =>
  readInto(
    file,
    sink,
    () => {},
    new AbortController().signal,
    () => {},
    stallMs,
  );

const named = (parts: BlobPart[], name = 'export.csv') => new File(parts, name);

describe('reading a file in place', () => {
  it('reads every byte into the buffers the sink offers, which come back to it', async () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) & 255);
    const { sink, got, moved } = collect(4096);
    let counted = 0;
    const ok = await readInto(
      named([bytes]),
      sink,
      (n) => (counted += n),
      new AbortController().signal,
      () => {},
    );
    expect(ok).toBe(true);
    expect(counted).toBe(bytes.length);
    expect(got()).toEqual(bytes);
    expect(moved.length).toBeGreaterThanOrEqual(25);
  });

  it('leaves a UTF-16 file to the text path, reading nothing', async () => {
    const { sink, moved } = collect(64);
    const file = named([Uint8Array.of(0xff, 0xfe, 0x61, 0)]);
    expect(await read(file, sink)).toBe(false);
    expect(moved).toEqual([]);
  });

  it('leaves a stream that is not a byte stream to the piece reader', async () => {
    class Piecewise extends File {
      stream() {
        const pass = new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>();
        return super.stream().pipeThrough(pass);
      }
    }
    const { sink } = collect(64);
    const file = new Piecewise(['a,b\n1,2\n'], 'x.csv');
    expect(await read(file, sink)).toBe(false);
  });

  it('names the file and how far it got when the read fails', async () => {
    class Failing extends File {
      stream() {
        let sent = false;
        return new ReadableStream({
          type: 'bytes',
          pull(controller) {
            if (sent) return controller.error(new Error('disk gone'));
            sent = true;
            controller.enqueue(new Uint8Array(2_500_000));
          },
        });
      }
    }
    const { sink } = collect(4 << 20);
    const read = readInto(
      new Failing(['x'], 'big.csv'),
      sink,
      () => {},
      new AbortController().signal,
      () => {},
    );
    await expect(read).rejects.toThrow(
      'big.csv: the file could not be read (after 2.5 MB): disk gone',
    );
  });

  it('reads on where a stalled read stopped, with the bytes the stalled read took read again', async () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 13) & 255);
    /** A file whose first stream answers reads up to byte 30,000, then never again. */
    class Stalling extends File {
      opened = 0;
      stream() {
        this.opened++;
        let sent = 0;
        return new ReadableStream({
          type: 'bytes',
          pull(controller) {
            const request = controller.byobRequest!;
            if (sent >= 30_000) return new Promise<void>(() => {});
            const view = request.view! as Uint8Array;
            const n = Math.min(view.byteLength, 30_000 - sent, 7_000);
            view.set(bytes.subarray(sent, sent + n));
            sent += n;
            request.respond(n);
          },
        }) as ReadableStream<Uint8Array<ArrayBuffer>>;
      }
    }
    // Like the splitter: the bytes stay in one growing buffer, which a read moves.
    let buffer = new Uint8Array(4096);
    let fill = 0;
    let lent = 0;
    let restored = 0;
    const sink: ByteSink = {
      room: () => {
        if (buffer.length - fill < 1024) {
          const grown = new Uint8Array(buffer.length * 2);
          grown.set(buffer.subarray(0, fill));
          buffer = grown;
        }
        lent = buffer.length;
        return buffer.subarray(fill, fill + 1024);
      },
      wrote: (view) => {
        buffer = new Uint8Array(view.buffer);
        fill += view.length;
        return Promise.resolve();
      },
      stopped: () => false,
      held: () => fill,
      restore: (held) => {
        restored++;
        buffer = new Uint8Array(lent);
        buffer.set(held);
      },
    };
    const file = new Stalling([bytes], 'stalls.csv');
    let counted = 0;
    const ok = await readInto(
      file,
      sink,
      (n) => (counted += n),
      new AbortController().signal,
      () => {},
      50,
    );
    expect(ok).toBe(true);
    expect(restored).toBe(1);
    expect(file.opened).toBe(1);
    expect(counted).toBe(bytes.length);
    expect(buffer.subarray(0, fill)).toEqual(bytes);
  });

  it('reports the file unreadable when its reads keep stalling', async () => {
    class Silent extends File {
      stream() {
        return new ReadableStream({ type: 'bytes', pull: () => new Promise<void>(() => {}) });
      }
      slice() {
        return new Silent(['never read'], this.name);
      }
    }
    const { sink } = collect(64);
    await expect(read(new Silent(['x,y\n'], 'stuck.csv'), sink, 5)).rejects.toThrow(
      'stuck.csv: the file could not be read (after 0.0 MB): the browser stopped answering its reads (21 times, 5 ms each)',
    );
  });
});
