// Reading a tool's input schema the way generated servers write it (fields wrapped in models under $defs).

/**
 * `update(input: {$ref: "#/$defs/UpdateInput"})`, `update_team(team_id, update_model)`: generated servers wrap the real
 * fields in a model declared under `$defs`, so those fields are the parameters a caller fills in.
 */
export function wrappedParameterNames(schema: unknown): string[] {
  const defs = { ...((schema as { $defs?: object }).$defs ?? {}), ...((schema as { definitions?: object }).definitions ?? {}) } as Record<string, unknown>;
  const out: string[] = [];
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== "object" || depth > 3) return;
    const ref = (node as { $ref?: unknown }).$ref;
    const target = typeof ref === "string" ? defs[ref.replace(/^#\/(?:\$defs|definitions)\//, "")] : undefined;
    for (const branch of [...((node as { anyOf?: unknown[] }).anyOf ?? []), ...((node as { allOf?: unknown[] }).allOf ?? [])]) visit(branch, depth);
    if (!target || typeof target !== "object") return;
    const inner = (target as { properties?: unknown }).properties;
    if (!inner || typeof inner !== "object") return;
    for (const [key, value] of Object.entries(inner as Record<string, unknown>)) {
      out.push(key);
      visit(value, depth + 1);
    }
  };
  const top = Object.values((schema as { properties: Record<string, unknown> }).properties);
  for (const value of top) visit(value, 0);
  // `update_message(payload: {message_name, text})`: a lone object written inline wraps the fields the same way (an
  // object beside other parameters is one argument among them, such as a filter).
  const lone = top.length === 1 ? top[0] : undefined;
  const inline = lone && typeof lone === "object" ? (lone as { properties?: unknown }).properties : undefined;
  if (inline && typeof inline === "object") out.push(...Object.keys(inline as Record<string, unknown>));
  return out;
}

/**
 * `{$ref: "#/definitions/send_message", definitions: {send_message: {type: "object", properties}}}`: some converters
 * (zod-to-json-schema given a name) put the whole input object under a definition and point the root at it, so the
 * root has no properties of its own. The definition is the schema a caller fills in.
 */
export function rootSchema(schema: unknown): unknown {
  if (!schema || typeof schema !== "object" || (schema as { properties?: unknown }).properties !== undefined) return schema;
  const ref = (schema as { $ref?: unknown }).$ref;
  if (typeof ref !== "string") return schema;
  const defs = { ...((schema as { $defs?: object }).$defs ?? {}), ...((schema as { definitions?: object }).definitions ?? {}) } as Record<string, unknown>;
  const target = defs[ref.replace(/^#\/(?:\$defs|definitions)\//, "")];
  if (!target || typeof target !== "object" || !(target as { properties?: unknown }).properties) return schema;
  const { $ref: _ref, ...rest } = schema as Record<string, unknown>;
  return { ...rest, ...(target as Record<string, unknown>) };
}
