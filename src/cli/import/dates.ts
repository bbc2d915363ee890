import { civilFromDays, daysFromCivil, daysInMonth, MS_PER_DAY } from '../../core/time/civil.js';
import type { ZoneOffsets } from '../../core/time/zone.js';

// CRM dates as the contract's instants. A CRM writes dates in its user's format and, mostly,
// without an offset: the mapping names the formats and the zone they were written in.
//
// A local time the zone skips (a DST gap) or repeats (a DST overlap) is resolved as
// JavaScript's Temporal does by default ("compatible"): in a gap, the time is moved forward
// by the gap's length (02:30 on a day clocks jump from 02:00 to 03:00 is 03:30); in an
// overlap, the first of the two instants is taken (the offset in force before the change).

/** Tokens of a date format, longest first so that `MM` is not read as two `M`s. */
const TOKEN = /YYYY|MM|M|DD|D|HH|H|hh|h|mm|ss|SSS|A/g;
const TOKEN_PATTERN: Record<string, string> = {
  YYYY: '(\\d{4})',
  MM: '(\\d{2})',
  M: '(\\d{1,2})',
  DD: '(\\d{2})',
  D: '(\\d{1,2})',
  HH: '(\\d{2})',
  H: '(\\d{1,2})',
  hh: '(\\d{2})',
  h: '(\\d{1,2})',
  mm: '(\\d{2})',
  ss: '(\\d{2})',
  SSS: '(\\d{1,3})',
  A: '([AaPp][Mm])',
};

/** `ISO`: 2026-03-04, 2026-03-04 10:15, 2026-03-04T10:15:00.123, with or without an offset. */
export const ISO = 'ISO';
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** A date and time read from a cell: the local wall-clock time as if it were UTC, and the offset when the cell gave one. */
export interface LocalTime {
  local: number;
  /** Minutes east of UTC, when the text carried them. */
  offsetMinutes?: number;
  /** The text gave a day and no time (read as midnight). */
  dateOnly?: boolean;
}

export type DateReader = (text: string) => LocalTime | undefined;

/** Whether a format has a year, a month and a day, each once, and only known tokens besides literal text. */
export function isDateFormat(format: string): boolean {
  if (format === ISO) return true;
  const tokens: string[] = format.match(TOKEN) ?? [];
  const has = (names: string[]) => tokens.filter((t) => names.includes(t)).length === 1;
  const hours12 = tokens.some((t) => t === 'hh' || t === 'h');
  return has(['YYYY']) && has(['MM', 'M']) && has(['DD', 'D']) && tokens.length === new Set(tokens).size && (!hours12 || tokens.includes('A'));
}

/** A reader for one format (`DD/MM/YYYY HH:mm`, `M/D/YYYY h:mm A`, `ISO`…). */
export function dateReader(format: string): DateReader {
  if (format === ISO) return readIso;
  const fields: string[] = [];
  let pattern = '';
  let last = 0;
  for (const match of format.matchAll(TOKEN)) {
    pattern += escape(format.slice(last, match.index)) + TOKEN_PATTERN[match[0]]!;
    fields.push(match[0]);
    last = match.index + match[0].length;
  }
  const regex = new RegExp(`^${pattern}${escape(format.slice(last))}$`);
  return (text) => {
    const m = regex.exec(text);
    if (!m) return undefined;
    const value = (names: string[]) => {
      const i = fields.findIndex((f) => names.includes(f));
      return i < 0 ? undefined : m[i + 1]!;
    };
    let hour = Number(value(['HH', 'H', 'hh', 'h']) ?? 0);
    const meridiem = value(['A'])?.toUpperCase();
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
    }
    const ms = value(['SSS']);
    const time = civil(Number(value(['YYYY'])), Number(value(['MM', 'M'])), Number(value(['DD', 'D'])), hour, Number(value(['mm']) ?? 0), Number(value(['ss']) ?? 0), ms === undefined ? 0 : Number(ms.padEnd(3, '0')));
    return time && !fields.some((f) => f === 'HH' || f === 'H' || f === 'hh' || f === 'h') ? { ...time, dateOnly: true } : time;
  };
}

function readIso(text: string): LocalTime | undefined {
  const m = ISO_PATTERN.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const time = civil(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0')));
  if (time && h === undefined) time.dateOnly = true;
  if (!time || zone === undefined) return time;
  if (zone === 'Z') return { ...time, offsetMinutes: 0 };
  const digits = zone.replace(':', '');
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5) || 0);
  if (hours > 23 || minutes > 59) return undefined;
  return { ...time, offsetMinutes: (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes) };
}

/** A wall-clock time as epoch-like milliseconds, or undefined when the calendar has no such day or the clock no such time. */
function civil(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): LocalTime | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  return { local: daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An instant and the offset it is written with; `dst` when the local time fell in a gap or an overlap. */
export interface Resolved {
  at: number;
  offset: number;
  dst?: 'gap' | 'overlap';
}

/** The instant of a local time in a zone, by the rule at the top of this file. */
export function resolveLocal(local: number, zone: ZoneOffsets): Resolved {
  // The offsets in force a day either side: a transition between them is the only way a
  // local time can have no instant or two.
  const before = zone.offsetAt(local - MS_PER_DAY);
  const after = zone.offsetAt(local + MS_PER_DAY);
  const early = local - before;
  const earlyFits = zone.offsetAt(early) === before;
  if (before === after) return { at: early, offset: before };
  const late = local - after;
  const lateFits = zone.offsetAt(late) === after;
  if (earlyFits && lateFits) return early <= late ? { at: early, offset: before, dst: 'overlap' } : { at: late, offset: after, dst: 'overlap' };
  if (earlyFits) return { at: early, offset: before };
  if (lateFits) return { at: late, offset: after };
  // In the gap: read with the offset before it, the wall clock lands past the gap by its length.
  return { at: early, offset: zone.offsetAt(early), dst: 'gap' };
}

/** An instant as the contract writes it: local time with its offset, seconds always, milliseconds when there are some. */
export function formatInstant(at: number, offset: number): string {
  const local = at + offset;
  const days = Math.floor(local / MS_PER_DAY);
  const { year, month, day } = civilFromDays(days);
  const inDay = local - days * MS_PER_DAY;
  const ms = inDay % 1000;
  const seconds = Math.floor(inDay / 1000);
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}${ms ? `.${String(ms).padStart(3, '0')}` : ''}`;
  const minutes = Math.round(offset / 60_000);
  const zone = minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}T${time}${zone}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
