// Tools generated from an OpenAPI document are named for the HTTP method and the path (`get-v3-routes-id`): the method is the verb.

/** The verb each HTTP method stands for when it opens a tool's name. */
const METHOD_VERB: Record<string, string> = { get: "get", put: "update", patch: "update", delete: "delete", post: "create" };

/**
 * `get-v3-stats-total` -> get stats total, `put-v3-routes-id` -> update routes id. A POST that lists or searches
 * ("List logs") sends its query in a body, so its description's read verb is used instead. Only a name whose second
 * word is an API version counts: that is what marks the rest as a path, not `post_tweet`.
 */
export function apiPathName(name: readonly string[], describedRead: string | undefined): string[] {
  const method = name[0];
  if (name.length < 3 || method === undefined || !Object.hasOwn(METHOD_VERB, method) || !/^v\d+$/.test(name[1]!)) return [...name];
  const verb = method === "post" && describedRead !== undefined ? describedRead : METHOD_VERB[method]!;
  return [verb, ...name.slice(2)];
}
