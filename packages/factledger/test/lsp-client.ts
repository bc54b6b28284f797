import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
}

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };

/**
 * Just enough of a language client to drive yaml-language-server over stdio the way an editor does:
 * JSON-RPC messages framed by `Content-Length` headers. Every wait has a deadline and fails saying
 * what it waited for, so a server that hangs fails the test instead of stalling the suite.
 */
export class LspClient {
  private readonly server: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly diagnostics = new Map<string, Diagnostic[][]>();
  private readonly waiters: (() => boolean)[] = [];
  private stderr = '';

  constructor(private readonly timeoutMs = 10_000) {
    const bin = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');
    this.server = spawn(process.execPath, [bin, '--stdio'], { stdio: 'pipe' });
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.server.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    this.server.on('exit', (code) => {
      for (const { reject } of this.pending.values()) reject(new Error(`yaml-language-server exited (${code})`));
    });
  }

  /** The handshake an editor does, with settings that keep the server offline (no SchemaStore). */
  async start(rootDir: string): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      capabilities: {
        textDocument: { completion: { completionItem: { snippetSupport: false } }, publishDiagnostics: {} },
        workspace: { configuration: true },
      },
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: { yaml: SETTINGS } });
  }

  open(file: string, text: string): string {
    const uri = pathToFileURL(file).href;
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return uri;
  }

  /** The labels the server offers at a place (0-based line and character, as LSP counts). */
  async completion(uri: string, line: number, character: number): Promise<string[]> {
    const result = (await this.request('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
    })) as { items?: { label: string }[] } | { label: string }[] | null;
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    return items.map((item) => item.label);
  }

  /** The first diagnostics published for `uri` that `accept` takes (the server may publish before its schema is loaded). */
  async diagnosticsFor(uri: string, accept: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const seen = () => this.diagnostics.get(uri)?.find(accept);
    return this.until(`diagnostics for ${uri}`, seen);
  }

  async stop(): Promise<void> {
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } finally {
      this.server.kill();
    }
  }

  private until<T>(what: string, found: () => T | undefined): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`yaml-language-server sent no ${what} within ${this.timeoutMs} ms\n${this.stderr}`));
      }, this.timeoutMs);
      const check = () => {
        const value = found();
        if (value === undefined) return false;
        clearTimeout(timer);
        resolve(value);
        return true;
      };
      if (!check()) this.waiters.push(check);
    });
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`yaml-language-server did not answer ${method} within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: Message): void {
    if (message.method === undefined && message.id !== undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(uri, [...(this.diagnostics.get(uri) ?? []), diagnostics]);
      this.waiters.splice(0, this.waiters.length, ...this.waiters.filter((check) => !check()));
      return;
    }
    // Requests from the server: its settings, or registrations an editor would acknowledge.
    if (message.id !== undefined) {
      const result =
        message.method === 'workspace/configuration'
          ? (message.params as { items: { section?: string }[] }).items.map((item) =>
              item.section === 'yaml' ? SETTINGS : null,
            )
          : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
    }
  }
}

const SETTINGS = { validate: true, completion: true, hover: true, schemaStore: { enable: false } };
