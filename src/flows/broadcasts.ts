// What leaves the account for everyone to see and cannot be called back: a signed transaction submitted to a network,
// and pictures or clips uploaded to a social network as a post.
import type { Evidence } from "./heuristics.js";
import type { Label } from "./types.js";

const SUBMIT = String.raw`(?:submit|submits|broadcast|broadcasts|send|sends|relay|relays|push|pushes)`;
/** "Broadcast a signed transaction to the network", "Submit signed transaction blob": the transfer is final once relayed. */
const SUBMITS_SIGNED = new RegExp(String.raw`^(?:\w+ ){0,2}?${SUBMIT} (?:a |an |the |your )?(?:pre-?)?(?:signed|raw) (?:transactions?|txs?)\b`);
const NOT_SENT = /\bwithout (?:submitting|broadcasting|sending)\b|\b(?:simulat\w*|dry[- ]run|estimat\w*)\b/;

export function submitsSignedTransaction(e: Evidence): boolean {
  return SUBMITS_SIGNED.test(e.firstText) && !NOT_SENT.test(e.fullText);
}

/** "Upload images ... as a carousel post", "upload a photo as a new post on your feed": the upload is the publication. */
const AS_A_POST = /\bas (?:a |an )?(?:new )?(?:[a-z]+ )?(?:post|posts|reel|reels|story|stories|tweet|carousel)\b|\bafter publishing\b/;
const KEPT_BACK = /\b(?:draft|drafts|private|unlisted|privately)\b/;

export function uploadsAsPost(e: Evidence): boolean {
  const upload = e.name.includes("upload") || /^uploads? /.test(e.firstText);
  return upload && AS_A_POST.test(e.fullText) && !KEPT_BACK.test(e.firstText);
}

export function broadcastLabels(e: Evidence): Label[] {
  if (submitsSignedTransaction(e)) {
    return [
      { role: "public-sink", confidence: 0.7, reason: "submits a signed transaction to a network, where every node and explorer reads it" },
      { role: "destructive", confidence: 0.7, reason: "submits a signed transaction: once the network takes it, the transfer cannot be called back" },
    ];
  }
  if (uploadsAsPost(e)) return [{ role: "public-sink", confidence: 0.7, reason: "uploads pictures or clips as a post, which its audience sees" }];
  return [];
}
