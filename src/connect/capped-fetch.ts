// fetch for the SDK's HTTP transports with a byte cap per response, so a remote server cannot
// stream gigabytes into the scanner's memory (the stdio transport has its own caps).
export const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024;

export function cappedFetch(maxBytes = DEFAULT_MAX_RESPONSE_BYTES): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    // These statuses cannot carry a body, and Response refuses to be built with one.
    if (!response.body || [101, 204, 205, 304].includes(response.status)) return response;
    let seen = 0;
    const limiter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(new Error(`server sent more than ${Math.round(maxBytes / (1024 * 1024))} MB in one response`));
        else controller.enqueue(chunk);
      },
    });
    return new Response(response.body.pipeThrough(limiter), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
