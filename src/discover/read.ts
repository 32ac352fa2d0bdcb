// Reads a config file defensively: size is checked before reading, and directories, devices, loops and binaries are refused.
import { open, stat } from "node:fs/promises";

export const MAX_CONFIG_BYTES = 5 * 1024 * 1024;

export type ReadResult = { kind: "text"; text: string } | { kind: "missing" } | { kind: "error"; message: string };

export async function readConfigFile(path: string): Promise<ReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    return fsProblem(err);
  }
  if (info.isDirectory()) return { kind: "error", message: "is a directory, expected a config file" };
  if (!info.isFile()) return { kind: "error", message: "is not a regular file (device, socket or pipe)" };
  if (info.size > MAX_CONFIG_BYTES) return { kind: "error", message: `is ${info.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit for a config file` };

  let bytes: Buffer;
  try {
    const handle = await open(path, "r");
    try {
      // Read at most one byte past the limit: the file may have grown since stat.
      const buffer = Buffer.alloc(Math.min(info.size, MAX_CONFIG_BYTES) + 1);
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      bytes = buffer.subarray(0, filled);
    } finally {
      await handle.close();
    }
  } catch (err) {
    return fsProblem(err);
  }
  if (bytes.length > MAX_CONFIG_BYTES) return { kind: "error", message: `is over the ${MAX_CONFIG_BYTES}-byte limit for a config file` };
  return decode(bytes);
}

function decode(bytes: Buffer): ReadResult {
  // Windows editors sometimes save UTF-16; that is text, not binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: "text", text: bytes.subarray(2).toString("utf16le") };
  if (bytes.includes(0)) return { kind: "error", message: "is a binary file (contains NUL bytes), not a config file" };
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { kind: "text", text };
}

function fsProblem(err: unknown): ReadResult {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
  if (code === "ELOOP") return { kind: "error", message: "is a symbolic link loop" };
  if (code === "EACCES" || code === "EPERM") return { kind: "error", message: "cannot be read (permission denied)" };
  if (code === "EISDIR") return { kind: "error", message: "is a directory, expected a config file" };
  return { kind: "error", message: `cannot be read (${code ?? String(err)})` };
}
