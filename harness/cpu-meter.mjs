/**
 * CPU seconds (user + system) of a command and every process it starts, read from Linux /proc.
 *
 * Waiting for a child does not give this: Playwright starts Chromium in a session of its own, and
 * Chromium's processes outlive their parents and are reaped by init, so a parent's `cutime` (what
 * `/proc/self/stat` of scripts/test.mjs saw) missed about half of a browser step's CPU time.
 * Here every process whose parent belongs to a step belongs to it too, for good (a process keeps
 * its step when it is reparented), and is sampled every `interval` ms:
 *   CPU of a step = Σ own time of its processes (last sample)
 *                 + Σ per process: time of its reaped children it waited for, beyond what the
 *                   samples of those children already counted (children that ran and ended
 *                   between two samples).
 * What is lost: the last interval of a process no step waits for (an orphan), at most 250 ms of
 * each such process. Elsewhere (no /proc) `measure` returns undefined.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TICK = 100; // USER_HZ: /proc counts in clock ticks of 1/100 s on Linux

/** pid, parent pid, own ticks and waited-for children's ticks of /proc/<pid>/stat. */
function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "pid (comm) ": state ppid … utime(14) stime(15) cutime(16) cstime(17)
    const f = text.slice(text.lastIndexOf(') ') + 2).split(' ');
    return {
      ppid: Number(f[1]),
      own: Number(f[11]) + Number(f[12]),
      children: Number(f[13]) + Number(f[14]),
    };
  } catch {
    return undefined; // ended meanwhile
  }
}

export class CpuMeter {
  /** @param {number} interval sampling period, ms */
  constructor(interval = 250) {
    this.available = existsSync('/proc/self/stat');
    /** pid → step label, for every process seen to belong to a step */
    this.owner = new Map();
    /** pid → { step, ppid, own, children } as last sampled */
    this.procs = new Map();
    /** processes of a step that have ended (their pid may be reused) */
    this.ended = [];
    /** pids seen that belong to no step (not read again while they run) */
    this.foreign = new Set();
    this.timer = undefined;
    this.interval = interval;
  }

  /** Starts counting the process tree of `pid` as `step`. */
  track(pid, step) {
    if (!this.available || pid === undefined) return;
    this.owner.set(pid, step);
    this.sample();
    this.timer ??= setInterval(() => this.sample(), this.interval);
    this.timer.unref();
  }

  sample() {
    let pids;
    try {
      pids = readdirSync('/proc')
        .filter((name) => /^\d+$/.test(name))
        .map(Number);
    } catch {
      return;
    }
    const running = new Set(pids);
    for (const pid of this.foreign) if (!running.has(pid)) this.foreign.delete(pid);
    for (const [pid, p] of this.procs) {
      if (running.has(pid)) continue;
      this.ended.push(p);
      this.procs.delete(pid);
      this.owner.delete(pid);
    }
    const fresh = [];
    for (const pid of pids) {
      if (this.foreign.has(pid)) continue;
      const s = stat(pid);
      if (!s) continue;
      if (this.owner.has(pid)) this.procs.set(pid, { ...s, pid, step: this.owner.get(pid) });
      else fresh.push([pid, s]);
    }
    // New processes belong to the step of their parent; a parent may be listed after its child.
    let changed = true;
    while (changed) {
      changed = false;
      for (let i = fresh.length - 1; i >= 0; i -= 1) {
        const [pid, s] = fresh[i];
        const step = this.owner.get(s.ppid);
        if (step === undefined) continue;
        this.owner.set(pid, step);
        this.procs.set(pid, { ...s, pid, step });
        fresh.splice(i, 1);
        changed = true;
      }
    }
    for (const [pid] of fresh) this.foreign.add(pid);
  }

  /** CPU seconds of `step` so far (call once its command has ended), or undefined without /proc. */
  seconds(step) {
    if (!this.available) return undefined;
    this.sample();
    let ticks = 0;
    /** ticks of each process's sampled children, to subtract from what it waited for */
    const sampledChildren = new Map();
    const mine = [...this.procs.values(), ...this.ended].filter((p) => p.step === step);
    for (const p of mine) {
      ticks += p.own;
      sampledChildren.set(p.ppid, (sampledChildren.get(p.ppid) ?? 0) + p.own + p.children);
    }
    for (const p of mine) ticks += Math.max(0, p.children - (sampledChildren.get(p.pid) ?? 0));
    return Math.round((ticks * 10) / TICK) / 10;
  }

  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
