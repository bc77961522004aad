/**
 * Progress of a long build step, for people: on a terminal one line rewritten in place ("ingest: 340/1000 plans"),
 * elsewhere (CI, a log file) a plain line at each tenth of the way and at the end, so a log stays short and readable.
 */

/** Corpora from which the build shows progress (a handful of seeds is done in a blink). */
export const PROGRESS_FROM_PLANS = 50;

/** How many plain lines a step writes at most, besides its last. */
const PLAIN_STEPS = 10;
/** How many times a terminal line is rewritten at most (a step of 49,200 clauses need not write 49,200 times). */
const TTY_STEPS = 1000;

export interface Progress {
  /** One more unit done. */
  tick(): void;
  /** The step is over: the last line. */
  done(summary?: string): void;
}

export interface ProgressOptions {
  /** Where lines go (stderr by default: stdout keeps the step's own output). */
  stream?: Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean };
  /** Force the plain form (CI=true does too). */
  plain?: boolean;
}

/** Starts the progress of one stage: what a long computation is handed, so that it stays free of I/O. */
export type Tracker = (stage: string, total: number, unit: string) => Progress;

/** A tracker that shows nothing (tests, small corpora). */
export const silent: Tracker = () => ({ tick() {}, done() {} });

export function progress(stage: string, total: number, unit: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const plain = options.plain ?? (!stream.isTTY || Boolean(process.env.CI));
  let done = 0;
  let lastStep = 0;
  const line = () => `${stage}: ${done}/${total} ${unit}`;
  return {
    tick() {
      done++;
      if (!plain) {
        const step = Math.floor((done * TTY_STEPS) / Math.max(total, 1));
        if (step > lastStep || total <= TTY_STEPS) {
          lastStep = step;
          stream.write(`\r${line()}`);
        }
      } else {
        const step = Math.floor((done * PLAIN_STEPS) / Math.max(total, 1));
        if (step > lastStep && done < total) {
          lastStep = step;
          stream.write(`${line()}\n`);
        }
      }
    },
    done(summary) {
      stream.write(`${plain ? '' : '\r'}${line()}${summary ? ` — ${summary}` : ''}\n`);
    },
  };
}
