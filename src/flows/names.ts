/** What a config name is compared as: `acme-crm-mcp`, `mcp-server-acme-crm` and `acme-crm-remote` are all `acme-crm`. */
export function simplifyName(name: string): string {
  // "stripe-remote", "github-hosted": the vendor's hosted endpoint of the same server, with the same tools.
  return name.toLowerCase().replace(/^(?:mcp[-_ ]?)?(?:server[-_ ]?)?/, "").replace(/[-_ ](?:remote|hosted|cloud)$/, "").replace(/(?:[-_ ]?mcp)?(?:[-_ ]?server)?(?:[-_ ]?mcp)?$/, "");
}
