/**
 * Seeded randomness for the benchmark dataset: the same seed gives the same rows, ids included.
 * Each tenant draws from streams of its own (derived from the seed and its index), so a city's
 * data does not depend on how many cities are generated nor in which batch.
 */

/** splitmix32: spreads a seed over the 32-bit space, to start the streams apart. */
function splitmix32(state: number): () => number {
  let s = state | 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of state, fast, good. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `parts`: the seed, then what names the stream (a tenant's index, a purpose). */
  constructor(...parts: number[]) {
    let mixed = 0x2545f491;
    for (const part of parts) mixed = splitmix32(mixed ^ part)();
    const init = splitmix32(mixed);
    this.a = init();
    this.b = init();
    this.c = init();
    this.d = init();
    for (let i = 0; i < 12; i += 1) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const taken: T[] = [];
    while (taken.length < count && pool.length) {
      taken.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    }
    return taken;
  }

  /** Weighted: `[[value, weight], …]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.next() * total;
    for (const [value, weight] of entries) {
      point -= weight;
      if (point < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** `bytes` random bytes as lower-case hex. */
  hex(bytes: number): string {
    let out = '';
    for (let i = 0; i < bytes; i += 4) {
      out += this.uint32().toString(16).padStart(8, '0');
    }
    return out.slice(0, bytes * 2);
  }
}

/** The ids' clock starts here: ids never depend on the day the dataset is generated. */
const ID_EPOCH_MS = Date.UTC(2025, 0, 1);
/** Each stream (a tenant) has a million milliseconds of its own: ids never collide across streams. */
const STREAM_SPAN_MS = 1_000_000;

/**
 * UUIDs in the version 7 layout the application uses (`newId`): a 48-bit millisecond time, then
 * random bits. The time is the stream's slot plus a counter, so ids are distinct and ordered by
 * creation within a city, as the application's are; the random bits come from the seed.
 */
export class IdFactory {
  private counter = 0;

  constructor(
    private readonly random: Random,
    private readonly stream: number,
  ) {}

  next(): string {
    if (this.counter >= STREAM_SPAN_MS) throw new Error('Too many ids for one stream');
    const time = ID_EPOCH_MS + this.stream * STREAM_SPAN_MS + this.counter;
    this.counter += 1;
    const timeHex = time.toString(16).padStart(12, '0');
    const random = this.random.hex(10);
    const variant = ((parseInt(random.slice(3, 4), 16) & 0x3) | 0x8).toString(16);
    return (
      `${timeHex.slice(0, 8)}-${timeHex.slice(8, 12)}-7${random.slice(0, 3)}-` +
      `${variant}${random.slice(4, 7)}-${random.slice(8, 20)}`
    );
  }
}
