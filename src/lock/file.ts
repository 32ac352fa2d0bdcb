// Reads and writes the lockfile safely: validated reads, atomic writes, a cross-process lock.
import { randomBytes } from "node:crypto";
import { promises as fs, constants as fsc } from "node:fs";
import os from "node:os";
import path from "node:path";
import { canonicalJson } from "./hash.js";
import { Lockfile, LockfileError, emptyLockfile } from "./format.js";

/** Parses lockfile text; throws LockfileError naming the file when it is not a valid lockfile. */
export function parseLockfile(text: string, file: string): Lockfile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new LockfileError(file, `not valid JSON (${err instanceof Error ? err.message : String(err)}); fix or remove it, it will not be overwritten`);
  }
  if (data && typeof data === "object" && typeof (data as { lockfileVersion?: unknown }).lockfileVersion === "number" && (data as { lockfileVersion: number }).lockfileVersion > 1) {
    throw new LockfileError(file, `lockfileVersion ${(data as { lockfileVersion: number }).lockfileVersion} is newer than this mcp-shield-scan understands; upgrade it`);
  }
  const parsed = Lockfile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join(".")}` : "";
    throw new LockfileError(file, `not a valid mcp-shield lockfile${where}: ${issue?.message ?? "invalid"}; fix or remove it, it will not be overwritten`);
  }
  return parsed.data;
}

/** The lockfile at `file`, or null when there is none yet. */
export async function readLockfile(file: string): Promise<Lockfile | null> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new LockfileError(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return parseLockfile(text, file);
}

/** Stable text: sorted keys, two-space indent, trailing newline, so the file diffs well in git. */
export function formatLockfile(lock: Lockfile): string {
  const text = JSON.stringify(JSON.parse(canonicalJson(lock)), null, 2);
  // Server texts may hold bidi or invisible characters; escaped, `cat` and `git diff` show them honestly.
  return `${text.replace(INVISIBLE, (ch) => ch.split("").map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join(""))}\n`;
}

const INVISIBLE = /[\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

export interface LockOptions {
  /** Give up after this long waiting for another process (default 15 s). */
  timeoutMs?: number;
  /** A lock older than this is considered left behind by a crashed process (default 30 s). */
  staleMs?: number;
}

/**
 * Read-modify-write under the cross-process lock: `update` sees the lockfile as it is on disk
 * right now (null when absent), so concurrent scanners never drop each other's entries.
 * Returning undefined writes nothing. A corrupt file throws before anything is written.
 */
export async function updateLockfile(file: string, update: (current: Lockfile | null) => Lockfile | undefined, options: LockOptions = {}): Promise<{ lock: Lockfile | null; written: boolean }> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const release = await acquireLock(file, options);
  try {
    const current = await readLockfile(file);
    const next = update(current);
    if (!next) return { lock: current, written: false };
    const text = formatLockfile(next);
    if (current && formatLockfile(current) === text) return { lock: current, written: false };
    await writeAtomic(file, text);
    return { lock: next, written: true };
  } finally {
    await release();
  }
}

/**
 * Writes `lock`, merged under the lock with what is on disk now: servers another process added
 * meanwhile are kept, and the entries in `lock` win.
 */
export async function writeLockfile(file: string, lock: Lockfile, options: LockOptions = {}): Promise<void> {
  await updateLockfile(file, (current) => ({ ...(current ?? emptyLockfile()), servers: { ...(current?.servers ?? {}), ...lock.servers } }), options);
}

/** Temp file in the same directory, fsync, rename over, fsync the directory: all or nothing. */
async function writeAtomic(file: string, text: string): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let mode = 0o644;
  try {
    mode = (await fs.stat(file)).mode & 0o777;
  } catch {
    /* new file */
  }
  const handle = await fs.open(tmp, fsc.O_WRONLY | fsc.O_CREAT | fsc.O_EXCL, mode);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } catch (err) {
    await handle.close();
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    await renameWithRetry(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw new LockfileError(file, `could not be written (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  await syncDir(dir);
}

/** Windows refuses to replace a file another process has open for a moment (EPERM/EBUSY); retry briefly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (attempt >= 10 || (code !== "EPERM" && code !== "EACCES" && code !== "EBUSY")) throw err;
      await new Promise((r) => setTimeout(r, 10 * (attempt + 1)));
    }
  }
}

async function syncDir(dir: string): Promise<void> {
  // Directories cannot be opened for fsync on Windows; the rename is still atomic there.
  if (process.platform === "win32") return;
  const handle = await fs.open(dir, "r");
  try {
    await handle.sync();
  } catch {
    /* some filesystems refuse fsync on directories */
  } finally {
    await handle.close();
  }
}

interface Holder {
  pid: number;
  host: string;
  token: string;
  at: number;
}

/** O_EXCL lock file next to the lockfile; stale ones (dead pid on this host, or too old) are taken over. */
async function acquireLock(file: string, { timeoutMs = 15_000, staleMs = 30_000 }: LockOptions): Promise<() => Promise<void>> {
  const lockPath = `${file}.lock`;
  const me: Holder = { pid: process.pid, host: os.hostname(), token: randomBytes(8).toString("hex"), at: Date.now() };
  const deadline = Date.now() + timeoutMs;
  let delay = 5;
  for (;;) {
    try {
      const handle = await fs.open(lockPath, fsc.O_WRONLY | fsc.O_CREAT | fsc.O_EXCL, 0o644);
      try {
        await handle.writeFile(JSON.stringify(me));
      } finally {
        await handle.close();
      }
      return async () => {
        // Only remove the lock if it is still ours (a stale takeover may have replaced it).
        const holder = await readHolder(lockPath);
        if (holder?.token === me.token) await fs.rm(lockPath, { force: true });
      };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== "EEXIST") throw new LockfileError(file, `cannot create lock ${lockPath} (${code ?? String(err)})`);
    }
    const stale = await staleHolder(lockPath, staleMs);
    if (stale) {
      await takeOver(lockPath, stale.token);
      continue;
    }
    if (Date.now() > deadline) {
      throw new LockfileError(file, `another mcp-shield-scan holds ${lockPath}; if none is running, delete that file`);
    }
    await new Promise((r) => setTimeout(r, delay + Math.random() * delay));
    delay = Math.min(delay * 2, 200);
  }
}

async function readHolder(lockPath: string): Promise<Holder | undefined> {
  try {
    const data = JSON.parse(await fs.readFile(lockPath, "utf8")) as Holder;
    return typeof data.pid === "number" ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The holder of a lock that was left behind (dead pid on this host, or too old), else undefined. */
async function staleHolder(lockPath: string, staleMs: number): Promise<{ token?: string } | undefined> {
  let mtime: number;
  try {
    mtime = (await fs.stat(lockPath)).mtimeMs;
  } catch {
    return undefined; // released meanwhile: just retry
  }
  const holder = await readHolder(lockPath);
  // A holder writes its details right after creating the file; give it a moment before judging.
  if (!holder) return Date.now() - mtime > Math.min(staleMs, 2_000) ? {} : undefined;
  if (holder.host === os.hostname() && !pidAlive(holder.pid)) return { token: holder.token };
  return Date.now() - Math.max(mtime, holder.at) > staleMs ? { token: holder.token } : undefined;
}

/**
 * Moves the stale lock aside atomically. If what we moved turns out to be a fresh lock (another
 * process took over first and already holds it), put it back without clobbering anything.
 */
async function takeOver(lockPath: string, staleToken: string | undefined): Promise<void> {
  const aside = `${lockPath}.${process.pid}.${randomBytes(4).toString("hex")}.stale`;
  try {
    await fs.rename(lockPath, aside);
  } catch {
    return; // someone else took it over or released it
  }
  const moved = await readHolder(aside);
  if (moved && moved.token !== staleToken) await fs.link(aside, lockPath).catch(() => undefined);
  await fs.rm(aside, { force: true });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
