// The byte cap on HTTP responses that keeps a remote server from streaming gigabytes into memory.
import { createServer } from "node:http";
import { cappedFetch } from "../../src/connect/capped-fetch.js";

test("HTTP responses are capped in size", async () => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(Buffer.alloc(3 * 1024 * 1024, "x"));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  try {
    const response = await cappedFetch(1024 * 1024)(`http://127.0.0.1:${port}/`);
    await expect(response.text()).rejects.toThrow("server sent more than 1 MB in one response");
    const small = await cappedFetch(8 * 1024 * 1024)(`http://127.0.0.1:${port}/`);
    expect((await small.text()).length).toBe(3 * 1024 * 1024);
  } finally {
    // fetch keeps the finished response's connection alive for reuse; close it too, or jest waits on the socket.
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});
