import { type WebhookRelayOptions } from './relay.js';
/**
 * Connections open at once; one more is closed unanswered. Alma sends one POST per job that ends
 * and counts a try without an answer as failed, to retry later (§10), so this only stops a flood
 * of slow connections from holding the process's memory and sockets.
 */
export declare const RELAY_MAX_CONNECTIONS = 64;
export interface ServeRelayOptions extends WebhookRelayOptions {
    /** 0 picks a free port. */
    port: number;
    /** The address to listen on; default 127.0.0.1 (the HTTPS proxy's side). */
    host?: string;
}
export interface RelayServer {
    /** e.g. http://127.0.0.1:8080 */
    url: string;
    port: number;
    close(): Promise<void>;
}
export declare function serveRelay(options: ServeRelayOptions): Promise<RelayServer>;
