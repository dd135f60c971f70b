/**
 * Runs a real nginx with the shipped configuration (deploy/nginx.conf and the
 * build's `_nginx.conf`) over a built site, on a local port and under the
 * site's base path, as an ordinary (non-root) process. Used by
 * `npm run serve:nginx` and by the browser tests.
 *
 * nginx serves `<root><base>`, so the site is linked (or, for root, copied to
 * a folder every user may read) at its base path inside a runtime folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const template = path.resolve(import.meta.dirname, '../deploy/nginx.conf');
const nobody = 65534;

/** nginx's configure flags (`nginx -V`), or undefined when there is no nginx. */
function nginxBuild(): Map<string, string> | undefined {
  const result = spawnSync('nginx', ['-V'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const flags = `${result.stdout}${result.stderr}`.split(/\s+/).filter((word) => word.startsWith('--'));
  return new Map(flags.map((flag) => [flag.split('=')[0] ?? flag, flag.split('=').slice(1).join('=')]));
}

/** The brotli_static module to load, `built-in` when nginx was compiled with it, or undefined. */
function brotliModule(build: Map<string, string>): string | undefined {
  if ([...build.keys()].some((flag) => flag.includes('brotli'))) return 'built-in';
  const modules = build.get('--modules-path') ?? path.join(build.get('--prefix') ?? '/usr/share/nginx', 'modules');
  const file = path.join(modules, 'ngx_http_brotli_static_module.so');
  return existsSync(file) ? file : undefined;
}

/** Why nginx cannot serve the site here, or undefined when it can. */
export function nginxUnavailable(): string | undefined {
  const build = nginxBuild();
  if (!build) return 'nginx is not installed (Debian: `npm run setup`)';
  if (!brotliModule(build))
    return 'nginx has no brotli_static module (Debian: `npm run setup` installs libnginx-mod-http-brotli-static)';
  return undefined;
}

export interface NginxOptions {
  /** The built site (dist/ or a test build). */
  siteDir: string;
  /** The base path it was built for, e.g. `/berni/`. */
  base: string;
  port: number;
}

export interface RunningNginx {
  url: string;
  process: ChildProcess;
  stop(): void;
}

export function startNginx({ siteDir, base, port }: NginxOptions): RunningNginx {
  const reason = nginxUnavailable();
  if (reason) throw new Error(reason);
  const build = nginxBuild() ?? new Map<string, string>();
  if (!existsSync(path.join(siteDir, '_nginx.conf')))
    throw new Error(`${siteDir} has no _nginx.conf: build the site first (npm run build).`);

  const asRoot = process.getuid?.() === 0;
  // Root drops to nobody, who must be able to read everything: a folder under the system's tmp,
  // one per port, emptied first (a server killed outright cannot clean up after itself).
  const runtime = path.join(tmpdir(), `site-nginx-${port}`);
  rmSync(runtime, { recursive: true, force: true });
  mkdirSync(runtime, { recursive: true });
  const root = path.join(runtime, 'root');
  const site = path.join(root, ...base.split('/').filter(Boolean));
  mkdirSync(path.dirname(site), { recursive: true });
  if (asRoot) cpSync(siteDir, site, { recursive: true });
  else symlinkSync(path.resolve(siteDir), site);

  const module = brotliModule(build);
  const mimeTypes = path.join(path.dirname(build.get('--conf-path') ?? '/etc/nginx/nginx.conf'), 'mime.types');
  const config = readFileSync(template, 'utf8')
    .replaceAll('@LOAD_MODULE@', module && module !== 'built-in' ? `load_module ${module};` : '')
    .replaceAll('@MIME_TYPES@', mimeTypes)
    .replaceAll('@RUNTIME@', runtime)
    .replaceAll('@PORT@', String(port))
    .replaceAll('@ROOT@', root)
    .replaceAll('@SITE@', site);
  const configFile = path.join(runtime, 'nginx.conf');
  writeFileSync(configFile, config);
  if (asRoot) {
    spawnSync('chown', ['-R', `${nobody}:${nobody}`, runtime]);
    chmodSync(runtime, 0o755);
  }

  const args = ['-p', runtime, '-e', 'stderr', '-c', configFile, '-g', 'daemon off;'];
  const child = asRoot
    ? spawn('setpriv', [`--reuid=${nobody}`, `--regid=${nobody}`, '--clear-groups', '--', 'nginx', ...args], {
        stdio: 'inherit',
      })
    : spawn('nginx', args, { stdio: 'inherit' });
  const stop = () => {
    child.kill('SIGQUIT');
    rmSync(runtime, { recursive: true, force: true });
  };
  return { url: `http://localhost:${port}${base}`, process: child, stop };
}
