import type { ValidationError, X2jOptions } from 'fast-xml-parser';
/** Loads the parser (once). Whoever may wait calls this before XML reaches the sync parsers. */
export declare function loadXmlParser(): Promise<void>;
/** fast-xml-parser's validator: true, or where and why the XML is not well-formed. */
export declare function validateXml(xml: string): true | ValidationError;
/** A parser with these options, built on first use. */
export declare function lazyXmlParser(options: X2jOptions): {
    parse(xml: string): unknown;
};
/** Whether text (after leading white space and a byte-order mark) is XML to a parser that looks at its first character. */
export declare function looksLikeXml(text: string): boolean;
