/** The body as UTF-8 text (a BOM kept: it is signed too), or undefined past `limit` bytes. */
export declare function boundedText(message: Request | Response, limit: number): Promise<string | undefined>;
