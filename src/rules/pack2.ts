// Rule pack II: launch pinning, advisories, secrets and transport in configs; token claims; live auth facts.
import type { Rule } from "../analyze/rule.js";
import { authMissing } from "./auth-missing.js";
import { authResourceMismatch } from "./auth-resource-mismatch.js";
import { insecureTransport } from "./insecure-transport.js";
import { knownVulnerablePackage } from "./known-vulnerable-package.js";
import { plaintextSecret } from "./plaintext-secret.js";
import { tokenAudienceMissing } from "./token-audience-missing.js";
import { tokenIssuerMissing } from "./token-issuer-missing.js";
import { tokenLongLived } from "./token-long-lived.js";
import { unpinnedPackage } from "./unpinned-package.js";

export const pack2Rules: Rule[] = [
  unpinnedPackage,
  knownVulnerablePackage,
  plaintextSecret,
  insecureTransport,
  tokenAudienceMissing,
  tokenIssuerMissing,
  tokenLongLived,
  authMissing,
  authResourceMismatch,
];
