// probeAuth against the real auth-*.mjs fixture servers on 127.0.0.1.
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFixture } from "./auth-fixtures.js";
import { ServerEntry, type Finding, type ScannedServer } from "../../src/model.js";
import { probeAuth, probeRuleList, signingKeyOf } from "../../src/probe/index.js";

const SECRET = "probe-test-secret-9f8e7d6c5b4a3210";
function serverAt(url: string, extra: Partial<ServerEntry> = {}): ScannedServer {
  const entry = ServerEntry.parse({ name: "fixture", client: "c", configPath: "x.json", inventoryId: "i", scope: "target", transport: "http", url, ...extra });
  return { entry, status: "error", tools: [], prompts: [], resources: [], resourceTemplates: [], warnings: [], durationMs: 0 };
}

const ids = (findings: Finding[]) => findings.map((f) => f.ruleId).sort();

beforeAll(async () => {
  await Promise.all([startFixture("auth-open.mjs", ["--require-token"]), startFixture("auth-signature-only.mjs", ["--secret", SECRET]), startFixture("auth-strict.mjs", ["--secret", SECRET])]);
});

describe("probeAuth", () => {
  it("exports metadata for every probe rule id it can emit", () => {
    expect(probeRuleList.map((r) => r.id).sort()).toEqual(["auth-audience-not-validated", "auth-forged-token-accepted", "auth-issuer-not-validated", "auth-probe-inconclusive"]);
  });

  it("reports a server that takes any bearer token as forged-token-accepted (critical)", async () => {
    const url = await startFixture("auth-open.mjs", ["--require-token"]);
    const findings = await probeAuth([serverAt(url)], { timeoutMs: 3000 });
    expect(ids(findings)).toEqual(["auth-forged-token-accepted"]);
    expect(findings[0]!.severity).toBe("critical");
    expect(findings[0]!.message).toContain("alg none");
  });

  it("never sends the configured credentials (an anonymous request is still refused first)", async () => {
    const url = await startFixture("auth-open.mjs", ["--require-token"]);
    const findings = await probeAuth([serverAt(url, { headers: { Authorization: "Bearer configured-token-123456" } })], { timeoutMs: 3000 });
    expect(ids(findings)).toEqual(["auth-forged-token-accepted"]);
    expect(JSON.stringify(findings)).not.toContain("configured-token");
  });

  it("leaves servers that need no auth at all to auth-missing", async () => {
    const url = await startFixture("auth-open.mjs");
    expect(await probeAuth([serverAt(url)], { timeoutMs: 3000 })).toEqual([]);
  });

  it("finds nothing wrong with a signature-checking server when no key is given", async () => {
    const url = await startFixture("auth-signature-only.mjs", ["--secret", SECRET]);
    expect(await probeAuth([serverAt(url)], { timeoutMs: 3000 })).toEqual([]);
  });

  it("with the HS256 secret: a signature-only server accepts expired, wrong-audience and wrong-issuer tokens", async () => {
    const url = await startFixture("auth-signature-only.mjs", ["--secret", SECRET]);
    const findings = await probeAuth([serverAt(url)], { secret: SECRET, timeoutMs: 3000 });
    expect(ids(findings)).toEqual(["auth-audience-not-validated", "auth-forged-token-accepted", "auth-issuer-not-validated"]);
    expect(findings.find((f) => f.ruleId === "auth-forged-token-accepted")!.message).toContain("expired");
    expect(JSON.stringify(findings)).not.toContain(SECRET);
  });

  it("with the HS256 secret: a strict server passes every probe", async () => {
    const url = await startFixture("auth-strict.mjs", ["--secret", SECRET]);
    expect(await probeAuth([serverAt(url)], { secret: SECRET, timeoutMs: 3000 })).toEqual([]);
  });

  it("with a wrong secret: says the signed probes were inconclusive instead of passing the server", async () => {
    const url = await startFixture("auth-signature-only.mjs", ["--secret", SECRET]);
    const findings = await probeAuth([serverAt(url)], { secret: "not-the-right-secret", timeoutMs: 3000 });
    expect(ids(findings)).toEqual(["auth-probe-inconclusive"]);
    expect(findings[0]!.severity).toBe("info");
  });

  it.each([
    ["ES256", () => generateKeyPairSync("ec", { namedCurve: "P-256" })],
    ["RS256", () => generateKeyPairSync("rsa", { modulusLength: 2048 })],
  ])("with a %s key PEM: signature-only is flagged, strict passes", async (_alg, make) => {
    const { privateKey, publicKey } = make();
    const dir = mkdtempSync(join(tmpdir(), "probe-key-"));
    const pub = join(dir, "public.pem");
    writeFileSync(pub, publicKey.export({ type: "spki", format: "pem" }));
    const keyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const loose = await startFixture("auth-signature-only.mjs", ["--public-key", pub]);
    const strict = await startFixture("auth-strict.mjs", ["--public-key", pub]);
    const findings = await probeAuth([serverAt(loose), serverAt(strict, { name: "strict" })], { keyPem, timeoutMs: 3000 });
    expect(findings.every((f) => f.server === "fixture")).toBe(true);
    expect(ids(findings)).toEqual(["auth-audience-not-validated", "auth-forged-token-accepted", "auth-issuer-not-validated"]);
  });

  it("rejects a bad key PEM with one clear line before sending anything", () => {
    expect(() => signingKeyOf({ keyPem: "not a key" })).toThrow(/^--probe-auth-key: not a PEM private key/);
    expect(() => signingKeyOf({ secret: "" })).toThrow(/--probe-auth-secret/);
  });

  it("skips stdio servers and unreachable URLs quickly", async () => {
    const stdio: ScannedServer = { ...serverAt("http://127.0.0.1:1/mcp"), entry: ServerEntry.parse({ name: "s", client: "c", configPath: "x", inventoryId: "i", scope: "user", transport: "stdio", command: "node" }) };
    expect(await probeAuth([stdio, serverAt("http://127.0.0.1:1/mcp")], { timeoutMs: 1000 })).toEqual([]);
  });
});
