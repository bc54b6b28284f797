/** The version a SARIF log names its tool with; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0';

export const TOOL_NAME = 'factledger';

/** An absolute uri for the tool, as SARIF's `informationUri` requires (the ledger schema's `$id` uses the same host). */
export const INFORMATION_URI = 'https://factledger.dev';
