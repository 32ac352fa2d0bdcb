// YAML and TOML parsers, loaded on first use: most scans read only JSON and should not pay for them.
import { createRequire } from "node:module";
import type * as SmolToml from "smol-toml";
import type * as Yaml from "yaml";

// require() keeps callers synchronous; both packages ship CommonJS builds.
const requireLazy = createRequire(import.meta.url);
let tomlLib: typeof SmolToml | undefined;
let yamlLib: typeof Yaml | undefined;

export const tomlParser = (): typeof SmolToml => (tomlLib ??= requireLazy("smol-toml") as typeof SmolToml);
export const yamlParser = (): typeof Yaml => (yamlLib ??= requireLazy("yaml") as typeof Yaml);
