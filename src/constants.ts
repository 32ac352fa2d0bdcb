// Constants the CLI needs before anything heavy is loaded (keeps `--version` and `--help` fast).
export const SEVERITIES = ["critical", "high", "medium", "low", "info"] as const;
export type SeverityName = (typeof SEVERITIES)[number];

/** Exit codes are part of the interface (README "Exit codes"). */
export const EXIT = { clean: 0, findings: 1, usage: 2, incomplete: 3 } as const;
