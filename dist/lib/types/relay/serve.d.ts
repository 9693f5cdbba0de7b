import { type WebhookRelayOptions } from './relay.js';
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
