// The page's side of tests/helpers/directoryPicker.ts: directory and file handles whose every
// call goes to the test (window.__pickerCall), each holding its path relative to the folder.
/* global window */
(() => {
  const call = (...args) => window.__pickerCall(...args);
  const join = (dir, name) => (dir ? `${dir}/${name}` : name);
  const notFound = (at) => new DOMException(`${at} does not exist`, 'NotFoundError');
  const toBase64 = (bytes) => {
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  };
  const granted = async () => 'granted';

  class FileStub {
    constructor(path) {
      this.kind = 'file';
      this.path = path;
      this.name = path.split('/').pop();
    }
    async getFile() {
      const { base64, lastModified } = await call('read', this.path);
      return new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], this.name, { lastModified });
    }
    async createWritable() {
      const parts = [];
      return {
        write: async (data) => {
          parts.push(data !== null && typeof data === 'object' && 'data' in data ? data.data : data);
        },
        close: async () => {
          await call('write', this.path, toBase64(new Uint8Array(await new Blob(parts).arrayBuffer())));
        },
        abort: async () => undefined,
      };
    }
    async move(dir, name) {
      const to = join(dir.path, name);
      await call('move', this.path, to);
      this.path = to;
      this.name = name;
    }
    async isSameEntry(other) {
      return other.path === this.path;
    }
  }
  FileStub.prototype.queryPermission = granted;
  FileStub.prototype.requestPermission = granted;

  class DirectoryStub {
    constructor(path) {
      this.kind = 'directory';
      this.path = path;
      this.name = path.split('/').pop() || 'project';
    }
    async getFileHandle(name, { create = false } = {}) {
      const at = join(this.path, name);
      const kind = await call('kind', at);
      if (kind === 'directory') throw new DOMException(name, 'TypeMismatchError');
      if (!kind) {
        if (!create) throw notFound(at);
        await call('write', at, '');
      }
      return new FileStub(at);
    }
    async getDirectoryHandle(name, { create = false } = {}) {
      const at = join(this.path, name);
      const kind = await call('kind', at);
      if (kind === 'file') throw new DOMException(name, 'TypeMismatchError');
      if (!kind) {
        if (!create) throw notFound(at);
        await call('mkdir', at);
      }
      return new DirectoryStub(at);
    }
    async removeEntry(name) {
      await call('remove', join(this.path, name));
    }
    async *entries() {
      for (const { name, kind } of await call('list', this.path)) {
        const at = join(this.path, name);
        yield [name, kind === 'file' ? new FileStub(at) : new DirectoryStub(at)];
      }
    }
    async *keys() {
      for await (const [name] of this.entries()) yield name;
    }
    async *values() {
      for await (const [, handle] of this.entries()) yield handle;
    }
    [Symbol.asyncIterator]() {
      return this.entries();
    }
    async isSameEntry(other) {
      return other.path === this.path;
    }
  }
  DirectoryStub.prototype.queryPermission = granted;
  DirectoryStub.prototype.requestPermission = granted;

  window.showDirectoryPicker = async () => new DirectoryStub('');
})();
