/**
 * Listening on a port with Node's HTTP server (the server's `listener`:
 * operations answered from Node's request directly, the rest through
 * `@hono/node-server`), and closing gracefully: the server stops accepting
 * connections, answers new requests on open ones with 503, lets the running
 * requests finish, then stops the worker pool.
 *
 * Glossary: 监听 = listen, 优雅停机 = graceful shutdown.
 *
 * @since 0.3.0
 */
import { createServer as createHttpServer } from "node:http"
import type { AddressInfo } from "node:net"
import { createServer, type ServerOptions, type TongbanServer } from "./App.js"

/**
 * Options of {@link listen}: the server's options and where to listen.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListenOptions extends ServerOptions {
  /** The port; 0 picks a free one. Default 8080. */
  readonly port?: number
  /** The address; default `0.0.0.0` (every interface, as a container needs). */
  readonly hostname?: string
}

/**
 * A server listening on a port.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListeningServer {
  readonly port: number
  readonly url: string
  readonly server: TongbanServer
  /** Drains and closes: resolves when the running requests have finished and the pool has stopped. */
  readonly close: () => Promise<void>
  /** Resolves once the HTTP server has stopped listening, by `close` or otherwise. */
  readonly closed: Promise<void>
}

/**
 * Starts the server on a port.
 *
 * @param options - the server's options, the port and the address
 * @returns the listening server, once it listens
 *
 * @example
 * ```ts
 * import { listen } from "@tongban/server"
 *
 * const running = await listen({ port: 0, hostname: "127.0.0.1", pool: false })
 * const res = await fetch(`${running.url}/healthz`)
 * res.status // 200
 * await running.close()
 * ```
 *
 * @since 0.3.0
 * @category running
 */
export const listen = (options: ListenOptions = {}): Promise<ListeningServer> => {
  const server = createServer(options)
  const http = createHttpServer(server.listener)
  const hostname = options.hostname ?? "0.0.0.0"
  return new Promise((resolve, reject) => {
    http.once("error", reject)
    const closed = new Promise<void>((done) => http.once("close", () => done()))
    http.listen(options.port ?? 8080, hostname, () => {
      const address: AddressInfo | string | null = http.address()
      const port = typeof address === "object" && address !== null ? address.port : (options.port ?? 8080)
      const host = hostname === "0.0.0.0" ? "127.0.0.1" : hostname
      resolve({
        port,
        url: `http://${host}:${String(port)}`,
        server,
        closed,
        close: async () => {
          http.close()
          await server.close()
          if ("closeIdleConnections" in http) http.closeIdleConnections()
          await closed
        }
      })
    })
  })
}
