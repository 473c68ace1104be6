/**
 * A CouchDB-protocol server for the team tests: `pouchdb-server --in-memory` (npm devDependency) on
 * a free localhost port, behind a small proxy the test controls: it counts requests (Team off must
 * make none) and can drop every connection, as a server going away mid-sync does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { decideAccess, refusedBulkDocs, type TeamUser } from './team-access';

export interface TeamServer {
  /** `http://localhost:<port>`: what members configure. */
  url: string;
  /** Requests the proxy received since the start or the last reset. */
  requests(): number;
  /** Document writes refused to read-only members (403, or `forbidden` inside `_bulk_docs`). */
  refusedWrites(): number;
  resetRequests(): void;
  /** Unreachable: open connections are cut and new ones refused, until `online()`. */
  offline(): void;
  online(): void;
  /** The documents of a database, straight from the server (not through the proxy). */
  docs(database: string): Promise<{ _id: string; _rev: string; [field: string]: unknown }[]>;
  createDatabase(database: string): Promise<void>;
  /** Kills the server process (SIGKILL) and starts a new, empty one on the same port. */
  killAndRestart(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, process: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (process.exitCode !== null) throw new Error(`pouchdb-server exited with ${process.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('pouchdb-server did not start within 10 s');
}

export interface TeamServerOptions {
  /**
   * Users and their roles, as CouchDB's `_users` database would hold them (see team-access.ts): a
   * user without `editor` is a read-only member. Requests without credentials are let through.
   */
  users?: Record<string, TeamUser>;
}

export async function startTeamServer(options: TeamServerOptions = {}): Promise<TeamServer> {
  const users = new Map(Object.entries(options.users ?? {}));
  const serverPort = await freePort();
  const binary = path.resolve('node_modules/.bin/pouchdb-server');
  // Its config file and log go to a temporary folder, not the project.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'team-server-'));
  const launch = () =>
    spawn(binary, ['--in-memory', '--port', String(serverPort), '--host', '127.0.0.1', '--no-stdout-logs', '--dir', dir, '--config', path.join(dir, 'config.json')], {
      stdio: 'ignore',
      cwd: dir,
    });
  let child = launch();
  const direct = `http://127.0.0.1:${serverPort}`;
  await waitUntilUp(direct, child);

  let count = 0;
  let refused = 0;
  let reachable = true;
  const sockets = new Set<net.Socket>();
  const answer = (response: http.ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    response.end(JSON.stringify(body));
  };
  const proxy = http.createServer((request, response) => {
    count += 1;
    const decision = decideAccess(request, users);
    if (decision.kind === 'answer') {
      if (decision.status === 403) refused += 1;
      request.resume();
      answer(response, decision.status, decision.body);
      return;
    }
    if (decision.kind === 'refuse-bulk') {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const results = refusedBulkDocs(Buffer.concat(chunks).toString('utf8'));
        refused += results.length;
        answer(response, 201, results);
      });
      return;
    }
    // Upstream is admin party: a known user's credentials are checked here and not passed on.
    const { authorization: _authorization, ...headers } = request.headers;
    const upstream = http.request(
      { host: '127.0.0.1', port: serverPort, path: request.url, method: request.method, headers: users.size > 0 ? headers : request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  proxy.on('connection', (socket) => {
    if (!reachable) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const proxyPort = await freePort();
  await new Promise<void>((resolve) => proxy.listen(proxyPort, '127.0.0.1', resolve));

  return {
    url: `http://localhost:${proxyPort}`,
    requests: () => count,
    refusedWrites: () => refused,
    resetRequests: () => {
      count = 0;
    },
    offline() {
      reachable = false;
      for (const socket of sockets) socket.destroy();
    },
    online() {
      reachable = true;
    },
    async docs(database) {
      const response = await fetch(`${direct}/${database}/_all_docs?include_docs=true&conflicts=true`);
      const body = (await response.json()) as { rows: { doc: { _id: string; _rev: string } }[] };
      return body.rows.map((row) => row.doc).filter((doc) => !doc._id.startsWith('_'));
    },
    async createDatabase(database) {
      const response = await fetch(`${direct}/${database}`, { method: 'PUT' });
      if (!response.ok && response.status !== 412) throw new Error(`could not create ${database}: ${response.status}`);
    },
    async killAndRestart() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      child = launch();
      await waitUntilUp(direct, child);
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => proxy.close(resolve));
      child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
