// Browser globals dexie-export-import expects, for the Node run of the benchmark only: it probes `self` when
// loaded and reads (empty) blob lists through FileReader.readAsArrayBuffer while exporting.
(globalThis as { self?: unknown }).self ??= globalThis;

class BlobArrayBufferReader {
  result: ArrayBuffer | null = null;
  error: unknown = null;
  onload: ((event: { target: BlobArrayBufferReader }) => void) | null = null;
  onerror: ((event: { target: BlobArrayBufferReader }) => void) | null = null;
  onabort: (() => void) | null = null;
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: this });
      },
    );
  }
}
(globalThis as { FileReader?: unknown }).FileReader ??= BlobArrayBufferReader;
