// What the label benchmarks share: reading a hand-labelled set, and a scanned server standing in for one of its servers.
import { readFileSync } from "node:fs";

export const labelSetUrl = (file) => new URL(`../test/flows/${file}`, import.meta.url);

/**
 * Every development set, oldest first: the bench calls them "development", "development 2", ... A held-out set joins
 * the end of this list once it has been measured.
 */
export const DEVELOPMENT_FILES = ["labels.json", "labels-holdout.json", ...Array.from({ length: 124 }, (_, i) => `labels-holdout${i + 2}.json`)];
export const developmentName = (index) => (index === 0 ? "development" : `development ${index + 1}`);

/** A set file is either a bare array of tools or { header, tools } (the header says how the set was drawn). */
export function loadLabelSet(file) {
  const data = JSON.parse(readFileSync(labelSetUrl(file), "utf8"));
  return Array.isArray(data) ? data : data.tools;
}

/** A labelled tool as its server lists it; sets from labels-holdout27.json on also keep the server's annotations. */
export function toolOf(item, withAnnotations = true) {
  const tool = { name: item.name, description: item.description, inputSchema: item.inputSchema };
  return withAnnotations && item.annotations ? { ...tool, annotations: item.annotations } : tool;
}

/** Each server's tools in first-seen order, one per name. */
export function toolsByServer(items) {
  const byServer = new Map();
  for (const item of items) {
    const tools = byServer.get(item.server) ?? new Map();
    if (!tools.has(item.name)) tools.set(item.name, toolOf(item));
    byServer.set(item.server, tools);
  }
  return new Map([...byServer].map(([server, tools]) => [server, [...tools.values()]]));
}

/**
 * A scanned server listing `tools`, as the labeller meets it in a scan. Build one per server and reuse it: the
 * labeller keeps what it works out about a server (does it keep records, is it a chat) on the object.
 * The public-server sets name each server by its package, so it is launched the way users launch a package,
 * `npx -y NAME`, under the same config name: the catalog can recognise it by package, as a scan would.
 */
export function benchServer(name, tools) {
  return configuredServer(name, { command: "npx", args: ["-y", name] }, tools);
}

/** A connected server under config name `name`, launched by `command` and `args` or reached at `url`, listing `tools`. */
export function configuredServer(name, { command, args = [], url }, tools = []) {
  const entry = { name, client: "bench", configPath: "bench", inventoryId: "bench", scope: "input", transportGuessed: false, env: {}, headers: {}, disabled: false };
  const launch = url ? { transport: "http", url, args: [] } : { transport: "stdio", command, args };
  return { entry: { ...entry, ...launch }, status: "ok", tools, prompts: [], resources: [], resourceTemplates: [], warnings: [], durationMs: 0 };
}

/** The catalog a coverage bench measures: the built-in one, or the known-servers file after `--catalog`. */
export async function catalogOption() {
  const { KnownServersFile, loadKnownServers } = await import("../dist/flows/index.js");
  const at = process.argv.indexOf("--catalog");
  return at > 0 ? KnownServersFile.parse(JSON.parse(readFileSync(process.argv[at + 1], "utf8"))) : loadKnownServers();
}
