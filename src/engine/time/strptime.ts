import { daysInMonth, fieldsToLocalMs, localMsToFields, type LocalFields } from './calendar';
import { MONTHS, WEEKDAYS } from './names';
import { fromLocalFields } from './zone';
import { abbreviationOffset } from './zone-abbreviations';
import { constMap } from '../data-map';

// Composite codes are parsed as the formats they stand for (the same ones strftime writes).
const COMPOSITES = constMap<string>({
  T: '%H:%M:%S',
  R: '%H:%M',
  F: '%Y-%m-%d',
  D: '%m/%d/%y',
  c: '%a %b %e %H:%M:%S %Y',
  x: '%m/%d/%Y',
  X: '%H:%M:%S',
  '+': '%a %b %e %H:%M:%S %Z %Y',
});

interface Parsed {
  year?: number;
  century?: number;
  yearOfCentury?: number;
  month?: number;
  day?: number;
  dayOfYear?: number;
  hour?: number;
  hour12?: number;
  pm?: boolean;
  minute?: number;
  second?: number;
  nanos?: number;
  offsetMinutes?: number;
  epochSeconds?: number;
}

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}

  digits(max: number, min = 1): number | null {
    const start = this.pos;
    while (this.pos < this.text.length && this.pos - start < max && /\d/.test(this.text[this.pos]))
      this.pos++;
    if (this.pos - start < min) {
      this.pos = start;
      return null;
    }
    return Number(this.text.slice(start, this.pos));
  }

  signedDigits(max: number): number | null {
    const sign = this.text[this.pos];
    if (sign === '-' || sign === '+') this.pos++;
    const n = this.digits(max);
    if (n === null) return null;
    return sign === '-' ? -n : n;
  }

  skipSpaces(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  /** The longest of `words` (case-insensitive) at the cursor, or its full name's 3-letter prefix. */
  name(words: readonly string[]): number | null {
    const rest = this.text.slice(this.pos).toLowerCase();
    for (let i = 0; i < words.length; i++) {
      const w = words[i].toLowerCase();
      if (rest.startsWith(w)) {
        this.pos += w.length;
        return i;
      }
    }
    for (let i = 0; i < words.length; i++) {
      if (rest.startsWith(words[i].slice(0, 3).toLowerCase())) {
        this.pos += 3;
        return i;
      }
    }
    return null;
  }

  fraction(maxDigits: number): number | null {
    const start = this.pos;
    const n = this.digits(maxDigits);
    if (n === null) return null;
    const text = this.text.slice(start, this.pos);
    return Number(text.padEnd(9, '0').slice(0, 9));
  }

  /** `+hhmm`, `+hh:mm`, `+hh`, `+h`, `+h:mm` or `Z`. */
  offset(): number | null {
    const m = /^([+-])(\d{2}|\d(?!\d)):?(\d{2})?/.exec(this.text.slice(this.pos));
    if (!m) {
      if (this.text[this.pos] === 'Z') {
        this.pos++;
        return 0;
      }
      return null;
    }
    this.pos += m[0].length;
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return m[1] === '-' ? -minutes : minutes;
  }

  /** A zone abbreviation Splunk knows (`JST`, `CEST`), or `UTC`/`GMT` with an offset (`GMT+9`). */
  abbreviation(): number | null {
    const m = /^[A-Za-z]+/.exec(this.text.slice(this.pos));
    if (!m) return null;
    const off = abbreviationOffset(m[0]);
    if (off === undefined) return null;
    this.pos += m[0].length;
    const sign = this.text[this.pos];
    if (off === 0 && (sign === '+' || sign === '-')) {
      const at = this.pos;
      const shifted = this.offset();
      if (shifted !== null) return shifted;
      this.pos = at;
    }
    return off;
  }
}

// Returns false when the text does not fit the code.
function parseCode(code: string, width: string, c: Cursor, p: Parsed): boolean {
  const set = <K extends keyof Parsed>(key: K, v: Parsed[K] | null): boolean => {
    if (v === null || v === undefined) return false;
    p[key] = v;
    return true;
  };
  switch (code) {
    case 'Y':
      return set('year', c.signedDigits(4));
    case 'y':
      return set('yearOfCentury', c.digits(2));
    case 'C':
      return set('century', c.digits(2));
    case 'm':
      return set('month', c.digits(2));
    case 'd':
    case 'e':
      c.skipSpaces();
      return set('day', c.digits(2));
    case 'j':
      return set('dayOfYear', c.digits(3));
    case 'B':
    case 'b':
    case 'h': {
      const i = c.name(MONTHS);
      return set('month', i === null ? null : i + 1);
    }
    case 'A':
    case 'a':
      // The weekday is read past but does not decide the date.
      return c.name(WEEKDAYS) !== null;
    case 'H':
    case 'k':
      c.skipSpaces();
      return set('hour', c.digits(2));
    case 'I':
    case 'l':
      c.skipSpaces();
      return set('hour12', c.digits(2));
    case 'p': {
      const m = /^([AaPp])\.?[Mm]\.?/.exec(c.text.slice(c.pos));
      if (!m) return false;
      c.pos += m[0].length;
      p.pm = m[1].toLowerCase() === 'p';
      return true;
    }
    case 'M':
      return set('minute', c.digits(2));
    case 'S':
      return set('second', c.digits(2));
    case 'N':
    case 'Q':
      return set('nanos', c.fraction(width ? Number(width) : code === 'N' ? 9 : 3));
    case 'f':
      return set('nanos', c.fraction(6));
    case 's': {
      const whole = c.signedDigits(12);
      if (whole === null) return false;
      let frac = 0;
      if (c.text[c.pos] === '.') {
        c.pos++;
        frac = c.fraction(9) ?? 0;
      }
      p.epochSeconds = whole + Math.sign(whole || 1) * (frac / 1e9);
      return true;
    }
    case 'z':
      return set('offsetMinutes', c.offset());
    case 'Z':
      return set('offsetMinutes', c.abbreviation() ?? c.offset());
    case 'n':
    case 't':
      c.skipSpaces();
      return true;
    case '%':
      if (c.text[c.pos] !== '%') return false;
      c.pos++;
      return true;
    default:
      return false;
  }
}

function walk(format: string, c: Cursor, p: Parsed): boolean {
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '%' && i + 1 < format.length) {
      let j = i + 1;
      let width = '';
      while (/\d/.test(format[j] ?? '')) width += format[j++];
      let code = format[j];
      if (code === ':' && format[j + 1] === 'z') code = format[++j];
      if (code === 'E' && format[j + 1] === 'z') {
        j++;
        const minutes = c.signedDigits(4);
        if (minutes === null) return false;
        p.offsetMinutes = minutes;
      } else if (code !== undefined && COMPOSITES[code] !== undefined) {
        if (!walk(COMPOSITES[code], c, p)) return false;
      } else if (code === undefined || !parseCode(code, width, c, p)) {
        return false;
      }
      i = j;
    } else if (/\s/.test(ch)) {
      c.skipSpaces();
    } else {
      if (c.text[c.pos] !== ch) return false;
      c.pos++;
    }
  }
  return true;
}

function resolveFields(p: Parsed): LocalFields | null {
  let year = p.year;
  if (year === undefined && p.yearOfCentury !== undefined) {
    year =
      p.century !== undefined
        ? p.century * 100 + p.yearOfCentury
        : p.yearOfCentury + (p.yearOfCentury < 69 ? 2000 : 1900); // POSIX's pivot
  }
  year ??= 1970;
  let month = p.month ?? 1;
  let day = p.day ?? 1;
  if (p.dayOfYear !== undefined && p.month === undefined) {
    const start = fieldsToLocalMs({ year, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0 });
    const at = localMsToFields(start + (p.dayOfYear - 1) * 86_400_000);
    if (at.year !== year) return null;
    month = at.month;
    day = at.day;
  }
  let hour = p.hour ?? 0;
  if (p.hour12 !== undefined) {
    if (p.hour12 < 1 || p.hour12 > 12) return null;
    hour = (p.hour12 % 12) + (p.pm ? 12 : 0);
  } else if (p.pm !== undefined && p.hour !== undefined && p.hour < 12 && p.pm) {
    hour += 12;
  }
  const minute = p.minute ?? 0;
  const second = p.second ?? 0;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 60) return null;
  return { year, month, day, hour, minute, second, ms: 0 };
}

/**
 * Reads a time from text with strftime codes; epoch seconds (with fractions), or null when the text
 * does not fit the format. A zone in the text (%z, %Z) wins over `tz`. Text after the format's end
 * is ignored, as C strptime does; missing date parts default to 1970-01-01.
 */
export function strptime(text: string, format: string, tz: string): number | null {
  const c = new Cursor(text);
  const p: Parsed = {};
  if (!walk(format, c, p)) return null;
  const fraction = (p.nanos ?? 0) / 1e9;
  if (p.epochSeconds !== undefined) return p.epochSeconds + fraction;
  const f = resolveFields(p);
  if (!f) return null;
  const ms =
    p.offsetMinutes !== undefined
      ? fieldsToLocalMs(f) - p.offsetMinutes * 60_000
      : fromLocalFields(f, tz);
  return ms / 1000 + fraction;
}
