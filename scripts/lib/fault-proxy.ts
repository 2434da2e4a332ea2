// A TCP relay between the app and PostgreSQL that browser tests can cut and restore, to
// prove the app answers 503 while the database is unreachable and recovers by itself.
import net from "node:net";
import http from "node:http";

export type FaultProxy = { port: number; controlUrl: string; close(): Promise<void> };

export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  let down = false;
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    const cleanup = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", cleanup).on("close", cleanup);
    upstream.on("error", cleanup).on("close", cleanup);
    client.pipe(upstream).pipe(client);
  });
  const control = http.createServer((req, res) => {
    if (req.url === "/down") {
      down = true;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    } else if (req.url === "/up") {
      down = false;
    }
    res.end(down ? "down" : "up");
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => control.listen(0, "127.0.0.1", resolve));
  const port = (relay.address() as net.AddressInfo).port;
  const controlPort = (control.address() as net.AddressInfo).port;
  return {
    port,
    controlUrl: `http://127.0.0.1:${controlPort}`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([new Promise((r) => relay.close(r)), new Promise((r) => control.close(r))]);
    },
  };
}
