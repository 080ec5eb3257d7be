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
  };
  const got = () => new Uint8Array(Buffer.concat(pieces));
  return { sink, got, moved };
}

/** readInto with no progress, no cancel. */
const read = (file: File, sink: ByteSink) =>
  readInto(
    file,
    sink,
    () => {},
    new AbortController().signal,
    () => {},
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
});
