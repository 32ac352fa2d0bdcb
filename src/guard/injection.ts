// Spots instructions aimed at the model inside text a tool returned (indirect prompt injection).
import { loadRuleData, type RuleData } from "../analyze/ruledata.js";
import { normaliseText } from "../analyze/text.js";
import { atLeast } from "../model.js";
import { judgeText } from "../rules/tool-poisoning.js";

export interface InjectionHit {
  /** Short name of what matched, for the decision log. */
  reason: string;
}

// Phrases that address the model rather than the user. Bounded quantifiers keep matching linear.
const PHRASES: [RegExp, string][] = [
  [/\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+){0,2}(?:previous|prior|above|earlier|preceding|system|original)\s+(?:instructions?|prompts?|rules?|directions?|messages?)/i, "tells the model to ignore its instructions"],
  [/<\s*\/?\s*(?:important|system|instructions?|admin|sudo)\s*>/i, "pseudo system tag"],
  [/\[\s*(?:system|admin)\s*(?:message|note|instructions?)?\s*\]/i, "pseudo system tag"],
  [/\b(?:new|updated|additional|hidden|secret)\s+instructions?\s*(?::|for\s+(?:the\s+)?(?:ai|assistant|model|agent|llm))/i, "announces new instructions"],
  [/\b(?:do\s+not|don't|never)\s+(?:tell|inform|mention\s+(?:this\s+)?to|reveal\s+(?:this\s+)?to|show)\s+(?:this\s+to\s+)?(?:the\s+)?user\b/i, "asks to hide something from the user"],
  [/\b(?:you\s+(?:are|must)\s+now|from\s+now\s+on,?\s+you)\b/i, "tries to change the model's role"],
  [/\b(?:before|instead\s+of)\s+(?:using|calling|answering|responding|replying)\b[^.\n]{0,80}\b(?:call|use|run|invoke|read|send)\b/i, "directs the model's next tool use"],
  [/\b(?:send|forward|upload|post|exfiltrate|transmit|leak)\b[^.\n]{0,80}\b(?:to|at)\s+(?:https?:\/\/|[\w.+-]{1,64}@[\w-]{1,63}\.)/i, "asks to send data elsewhere"],
  [/\b(?:read|cat|open|include|attach)\b[^.\n]{0,40}(?:~\/\.ssh|id_rsa|id_ed25519|\.aws\/credentials|\.env\b|\/etc\/passwd|\.npmrc|\.netrc)/i, "asks to read a sensitive file"],
  [/\b(?:assistant|ai|model|agent|llm|claude|chatgpt)\s*[,:]\s*(?:please\s+)?(?:ignore|you\s+must|immediately|now\s+(?:call|run|send|read))/i, "addresses the model directly"],
];

const MAX_SCAN_CHARS = 256 * 1024;
const SCORER_TRIGGER =
  /\b(?:ignore|disregard|forget|override|instructions?|important|assistant|system|must|always|never|do\s+not|don't|before|instead|secret|password|credentials?|token|ssh|send|forward|upload|exfiltrate|conversation|prompt)\b|<[a-z!]|[A-Za-z0-9+/_-]{24}/i;

let ruleData: RuleData | undefined;

/**
 * The first sign of injected instructions in `text`, or undefined when it reads as plain output.
 * Two views: the tool-poisoning rule's scorer (only its confident verdicts: tool output is noisier
 * than a description) and a short list of phrases that only make sense when addressed to a model.
 */
export function detectInjectedInstructions(text: string): InjectionHit | undefined {
  const own = detectPhrases(text);
  if (own) return own;
  // No instruction fits in fewer than three words; most tool results of that size are values.
  if (!/\S\s+\S+\s+\S/.test(text)) return undefined;
  // The scorer costs about a millisecond per kilobyte; text without a single word an instruction to a
  // model is built from (or without any hidden character) is not worth that on every call.
  if (!SCORER_TRIGGER.test(text) && /^[\x20-\x7e\t\n\r]*$/.test(text.slice(0, MAX_SCAN_CHARS))) return undefined;
  ruleData ??= loadRuleData();
  const verdict = judgeText(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text, ruleData);
  if (verdict && atLeast(verdict.severity, "high")) {
    return { reason: `tool-poisoning scorer: ${verdict.severity}${verdict.hidden ? ` (hidden in ${verdict.hidden})` : ""}` };
  }
  return undefined;
}

/** Loads the scorer's data and compiles its patterns now, so the first tool result pays nothing. */
export function prepareInjectionDetector(): void {
  detectInjectedInstructions("warm up the scorer before the first result arrives");
}

function detectPhrases(text: string): InjectionHit | undefined {
  // A cheap pre-check keeps the common case (plain results) off the normalisation path.
  const head = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const plain = /^[\x20-\x7e\t\n\r]*$/.test(head) && !/[<[%\\]|[A-Za-z0-9+/_-]{24}/.test(head);
  if (plain) return matchPhrases(head);
  const normal = normaliseText(head);
  const direct = matchPhrases(normal.visible);
  if (direct) return direct;
  for (const segment of normal.hidden) {
    const hit = matchPhrases(segment.text);
    if (hit) return { reason: `${hit.reason} (hidden in ${segment.kind})` };
    // Tag characters render as nothing; words spelled in them are meant for the model alone.
    if (segment.kind === "tag-characters" && /[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(segment.text)) {
      return { reason: "readable text hidden in Unicode tag characters" };
    }
  }
  return undefined;
}

function matchPhrases(text: string): InjectionHit | undefined {
  for (const [pattern, reason] of PHRASES) if (pattern.test(text)) return { reason };
  return undefined;
}
