import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  ensureBrowser,
  findBrowser,
  isDebianLike,
  SYSTEM_CHROMIUM,
} from './find-browser.mjs';

const OWN = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

interface Machine {
  files?: string[];
  uid?: number;
  osRelease?: string | null;
  /** What each command does when run: succeed (and install a file), fail, or time out. */
  download?: 'installs' | 'unreachable';
  apt?: 'installs' | 'fails';
}

/** A machine as ensureBrowser sees it, recording what it ran. */
function machine(m: Machine) {
  const files = new Set(m.files ?? []);
  const ran: string[] = [];
  const env = {
    ownPath: () => OWN,
    exists: (path: string) => files.has(path),
    uid: () => m.uid,
    osRelease: () => m.osRelease ?? null,
    run: (
      cmd: string,
      args: string[],
      opts: { timeoutS: number; env?: Record<string, string> },
    ) => {
      ran.push([cmd, ...args].join(' '));
      if (cmd === 'npx') {
        expect(opts.env?.PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT).toBe('10000');
        if (m.download !== 'installs') return false;
        files.add(OWN);
        return true;
      }
      if (cmd === 'apt-get' && args[0] === 'install') {
        if (m.apt !== 'installs') return false;
        files.add(SYSTEM_CHROMIUM);
      }
      return true;
    },
    log: () => undefined,
  };
  return { env, ran };
}

describe('getting a browser for the end-to-end tests', () => {
  it('uses Playwright’s own Chromium, else the system’s, without installing anything', () => {
    const own = machine({ files: [OWN, SYSTEM_CHROMIUM], uid: 0, osRelease: DEBIAN });
    expect(ensureBrowser(own.env)).toEqual({ executablePath: undefined, args: CHROMIUM_ARGS });
    expect(own.ran).toEqual([]);
    const system = machine({ files: [SYSTEM_CHROMIUM], uid: 0, osRelease: DEBIAN });
    expect(ensureBrowser(system.env)).toEqual({
      executablePath: SYSTEM_CHROMIUM,
      args: CHROMIUM_ARGS,
    });
    expect(system.ran).toEqual([]);
    const ubuntu = machine({ files: ['/usr/bin/chromium-browser'] });
    expect(findBrowser(ubuntu.env)?.executablePath).toBe('/usr/bin/chromium-browser');
  });

  it('downloads Playwright’s Chromium when there is none, and stops there when it works', () => {
    const m = machine({ uid: 0, osRelease: DEBIAN, download: 'installs' });
    expect(ensureBrowser(m.env)).toEqual({ executablePath: undefined, args: CHROMIUM_ARGS });
    expect(m.ran).toEqual(['npx playwright install chromium']);
  });

  it('installs the distribution’s chromium as root on Debian or Ubuntu when the download fails', () => {
    for (const osRelease of [DEBIAN, UBUNTU]) {
      const m = machine({ uid: 0, osRelease, download: 'unreachable', apt: 'installs' });
      expect(ensureBrowser(m.env)?.executablePath).toBe(SYSTEM_CHROMIUM);
      expect(m.ran).toEqual([
        'npx playwright install chromium',
        'apt-get update -qq',
        'apt-get install -y -qq chromium',
      ]);
    }
  });

  it('gives up with nothing installed when not root, not Debian-like, or apt fails', () => {
    const cases: Machine[] = [
      { uid: 1000, osRelease: DEBIAN, download: 'unreachable', apt: 'installs' },
      { uid: 0, osRelease: FEDORA, download: 'unreachable', apt: 'installs' },
      { uid: undefined, osRelease: null, download: 'unreachable' },
      { uid: 0, osRelease: DEBIAN, download: 'unreachable', apt: 'fails' },
    ];
    for (const c of cases) {
      const m = machine(c);
      expect(ensureBrowser(m.env), JSON.stringify(c)).toBeNull();
      expect(m.ran[0]).toBe('npx playwright install chromium');
      if (c.apt !== 'fails') expect(m.ran).toHaveLength(1);
    }
  });

  it('tells Debian and Ubuntu from other systems by /etc/os-release', () => {
    expect(isDebianLike(DEBIAN)).toBe(true);
    expect(isDebianLike(UBUNTU)).toBe(true);
    expect(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(isDebianLike(FEDORA)).toBe(false);
    expect(isDebianLike(null)).toBe(false);
  });
});
