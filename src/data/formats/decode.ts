/**
 * Turning a file's bytes into text. UTF-8 unless a UTF-16 byte order mark says otherwise (Windows
 * tools such as PowerShell's Export-Csv write UTF-16 with one). Bytes that are not valid in the
 * encoding become U+FFFD as TextDecoder makes them, and are counted, so an import can say how
 * much of a file it could not read as text rather than change it silently.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding a file's first bytes announce: a UTF-16 byte order mark, else UTF-8. */
export function sniffEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

const FFFD = '\ufffd';

/** How often U+FFFD occurs in text. */
export function countReplacementChars(text: string): number {
  let n = 0;
  for (let i = text.indexOf(FFFD); i !== -1; i = text.indexOf(FFFD, i + 1)) n++;
  return n;
}

/**
 * How often U+FFFD is encoded in bytes[from, to) as UTF-8 (EF BF BD): such a character is text
 * the file really holds, not a replacement.
 */
export function countEncodedFffd(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef, from); i !== -1 && i + 2 < to; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

/**
 * A streaming decoder that counts replacements: U+FFFD in the text minus those the bytes encode.
 * Pieces may be cut anywhere, inside a character included.
 */
export class CountingDecoder {
  /** Characters replaced by U+FFFD so far. */
  replaced = 0;
  private readonly decoder: TextDecoder;
  /** UTF-8: the previous piece's last two bytes, where an encoded U+FFFD may have begun. */
  private tail: number[] = [];
  /** UTF-16: the odd byte left over from the previous piece, or -1. */
  private odd = -1;

  constructor(readonly encoding: TextEncoding) {
    this.decoder = new TextDecoder(encoding);
  }

  decode(bytes: Uint8Array): string {
    const text = this.decoder.decode(bytes, { stream: true });
    const encoded = this.encoding === 'utf-8' ? this.utf8Fffd(bytes) : this.utf16Fffd(bytes);
    this.replaced += countReplacementChars(text) - encoded;
    return text;
  }

  /** The file is complete: a character cut off at its end is replaced too. */
  end(): string {
    const text = this.decoder.decode();
    this.replaced += countReplacementChars(text);
    return text;
  }

  private utf8Fffd(bytes: Uint8Array): number {
    // Sequences that start in the carried bytes and end in this piece, then those inside it.
    const edge = [...this.tail, ...bytes.subarray(0, 2)];
    let n = 0;
    for (let i = 0; i < this.tail.length; i++) {
      if (edge[i] === 0xef && edge[i + 1] === 0xbf && edge[i + 2] === 0xbd) n++;
    }
    n += countEncodedFffd(bytes);
    const all = [...this.tail, ...bytes.subarray(Math.max(0, bytes.length - 2))];
    this.tail = all.slice(-2);
    return n;
  }

  private utf16Fffd(bytes: Uint8Array): number {
    const [hi, lo] = this.encoding === 'utf-16le' ? [0xfd, 0xff] : [0xff, 0xfd];
    let n = 0;
    let i = 0;
    if (this.odd !== -1 && bytes.length > 0) {
      if (this.odd === hi && bytes[0] === lo) n++;
      this.odd = -1;
      i = 1;
    }
    for (; i + 1 < bytes.length; i += 2) if (bytes[i] === hi && bytes[i + 1] === lo) n++;
    if (i < bytes.length) this.odd = bytes[i];
    return n;
  }
}

/**
 * A file's text piece by piece, in the encoding its first bytes announce (see sniffEncoding),
 * counting replacements. `push` returns what the bytes so far decode to ('' until two bytes came).
 */
export class FileDecoder {
  private decoder: CountingDecoder | null = null;
  private head: Uint8Array | null = new Uint8Array(0);

  get encoding(): TextEncoding {
    return this.decoder?.encoding ?? 'utf-8';
  }

  get replaced(): number {
    return this.decoder?.replaced ?? 0;
  }

  push(bytes: Uint8Array): string {
    if (this.decoder !== null) return this.decoder.decode(bytes);
    const head = concatBytes(this.head ?? new Uint8Array(0), bytes);
    if (head.length < 2) {
      this.head = head;
      return '';
    }
    this.head = null;
    this.decoder = new CountingDecoder(sniffEncoding(head));
    return this.decoder.decode(head);
  }

  end(): string {
    if (this.decoder === null) {
      const head = this.head ?? new Uint8Array(0);
      this.head = null;
      this.decoder = new CountingDecoder('utf-8');
      return this.decoder.decode(head) + this.decoder.end();
    }
    return this.decoder.end();
  }
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
