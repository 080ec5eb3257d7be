import { isIpv4, isIpv6 } from './ip';
import { isHostSyntax } from './names';
import { constMap } from '../../engine';

/*
 * A parser for the subset of the STIX 2.1 patterning grammar that the workbook emits:
 *   pattern     := observation (("AND" | "OR") observation)*
 *   observation := "[" comparison (("AND" | "OR") comparison)* "]"
 *   comparison  := object-type ":" property ("." (name | 'quoted'))* ("=" | "!=") 'string'
 * Strings escape only `\'` and `\\`. Object paths and values are checked against what the
 * workbook's indicator kinds mean, so a wrong hash length or unknown type is an error too.
 */

type Check = (value: string) => string | null;

const hex =
  (len: number): Check =>
  (v) =>
    new RegExp(`^[0-9a-fA-F]{${len}}$`).test(v) ? null : `expected ${len} hex digits`;

const cidr =
  (ok: (a: string) => boolean, max: number): Check =>
  (v) => {
    const [addr, bits, extra] = v.split('/');
    if (extra !== undefined || !ok(addr)) return 'not an address';
    if (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= max)) return 'bad prefix';
    return null;
  };

/** Object paths we emit, keyed by their canonical spelling, with their value check. */
const PATHS = constMap<Check>({
  'ipv4-addr:value': cidr(isIpv4, 32),
  'ipv6-addr:value': cidr(isIpv6, 128),
  'domain-name:value': (v) => (isHostSyntax(v) ? null : 'not a domain name'),
  'email-addr:value': (v) => {
    const at = v.lastIndexOf('@');
    return at > 0 && !/\s/.test(v) && isHostSyntax(v.slice(at + 1))
      ? null
      : 'not an e-mail address';
  },
  'url:value': (v) => (/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(v) ? null : 'not a URL'),
  // A backslash is a legal character in a POSIX file name; a slash is a path.
  'file:name': (v) => (v !== '' && !/[/\0]/.test(v) ? null : 'not a file name'),
  'file:hashes.MD5': hex(32),
  "file:hashes.'SHA-1'": hex(40),
  "file:hashes.'SHA-256'": hex(64),
});

const OBJECT_TYPES = new Set(Object.keys(PATHS).map((p) => p.slice(0, p.indexOf(':'))));

class PatternError extends Error {}

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  fail(what: string): never {
    throw new PatternError(`${what} at position ${this.i}`);
  }
  ws() {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }
  eat(token: string): boolean {
    this.ws();
    if (!this.s.startsWith(token, this.i)) return false;
    this.i += token.length;
    return true;
  }
  /** `AND` or `OR` as a whole word. */
  joiner(): boolean {
    this.ws();
    const m = /^(AND|OR)(?![\w-])/.exec(this.s.slice(this.i));
    if (!m) return false;
    this.i += m[0].length;
    return true;
  }
  match(re: RegExp): string | null {
    const m = re.exec(this.s.slice(this.i));
    if (!m) return null;
    this.i += m[0].length;
    return m[0];
  }

  pattern() {
    do this.observation();
    while (this.joiner());
    this.ws();
    if (this.i < this.s.length) this.fail(`unexpected "${this.s[this.i]}"`);
  }
  observation() {
    if (!this.eat('[')) this.fail('expected "["');
    do this.comparison();
    while (this.joiner());
    if (!this.eat(']')) this.fail('expected "]", AND or OR');
  }
  comparison() {
    this.ws();
    const start = this.i;
    const type = this.match(/^[a-z0-9-]+/);
    if (type === null) this.fail('expected an object type');
    if (!OBJECT_TYPES.has(type)) {
      this.i = start;
      this.fail(`unknown object type "${type}"`);
    }
    if (!this.eat(':')) this.fail('expected ":" after the object type');
    let path = `${type}:`;
    const first = this.match(/^[a-z0-9_]+/);
    if (first === null) this.fail('expected a property name');
    path += first;
    while (this.s[this.i] === '.') {
      this.i++;
      const step = this.s[this.i] === "'" ? `'${this.string()}'` : this.match(/^[A-Za-z0-9_]+/);
      if (step === null) this.fail('expected a property name after "."');
      path += `.${step}`;
    }
    const check = PATHS[path.replace(".'MD5'", '.MD5')];
    if (!check) {
      this.i = start;
      this.fail(`unsupported object path "${path}"`);
    }
    this.ws();
    if (this.match(/^!?=/) === null) this.fail('expected "=" or "!="');
    this.ws();
    if (this.s[this.i] !== "'") this.fail('expected a quoted string');
    const at = this.i;
    const value = this.string();
    const problem = check(value);
    if (problem !== null) {
      this.i = at;
      this.fail(`${path}: ${problem}`);
    }
  }
  /** A quoted string from the current `'`, unescaped. */
  string(): string {
    this.i++;
    let out = '';
    while (this.i < this.s.length) {
      const c = this.s[this.i++];
      if (c === "'") return out;
      if (c === '\\') {
        const next = this.s[this.i++];
        if (next !== "'" && next !== '\\') {
          this.i--;
          this.fail("only \\' and \\\\ may be escaped in a string");
        }
        out += next;
      } else out += c;
    }
    return this.fail('unterminated string');
  }
}

/** null when `pattern` is a valid STIX 2.1 pattern of the subset we emit, else what is wrong. */
export function validateStixPattern(pattern: string): string | null {
  try {
    new Parser(pattern).pattern();
    return null;
  } catch (e) {
    if (e instanceof PatternError) return e.message;
    throw e;
  }
}
