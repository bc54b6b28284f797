// write-file-atomic ships no types; this covers the one call the ledger makes.
declare module 'write-file-atomic' {
  interface Options {
    fsync?: boolean;
    encoding?: BufferEncoding;
    mode?: number;
    tmpfileCreated?: (path: string) => void;
  }
  function writeFileAtomic(path: string, data: string | Uint8Array, options?: Options): Promise<void>;
  export default writeFileAtomic;
}
