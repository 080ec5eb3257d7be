import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchSampleFile } from './fetch-sample';

const CSV = '"_time",host,"_raw"\n"2017-08-23T20:36:14.000-07:00","wrk-btun","x"\n';

/** gzip bytes in an ArrayBuffer-backed array, as a Response body must be. */
const gzip = (text: string) => new Uint8Array(gzipSync(text));

function serve(body: Uint8Array<ArrayBuffer> | string, status = 200) {
  const fetchMock = vi.fn(async (_url: string) => new Response(body, { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchSampleFile', () => {
  it('asks the app’s own origin, under its base URL, for the sample', async () => {
    const fetchMock = serve(gzip(CSV));
    await fetchSampleFile('/workbook/');
    await fetchSampleFile('/workbook');
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual([
      '/workbook/sample/botsv2-ftp-sample.csv.gz',
      '/workbook/sample/botsv2-ftp-sample.csv.gz',
    ]);
  });

  it('keeps a gzip body as the .gz file it is', async () => {
    const gz = gzip(CSV);
    serve(gz);
    const file = await fetchSampleFile('/');
    expect(file.name).toBe('botsv2-ftp-sample.csv.gz');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(gz);
  });

  it('names an already unpacked body (Content-Encoding: gzip) as the CSV it is', async () => {
    serve(CSV);
    const file = await fetchSampleFile('/');
    expect(file.name).toBe('botsv2-ftp-sample.csv');
    expect(await file.text()).toBe(CSV);
  });

  it('fails with the address and status when the server has no sample', async () => {
    serve('not here', 404);
    await expect(fetchSampleFile('/')).rejects.toThrow(
      '/sample/botsv2-ftp-sample.csv.gz: HTTP 404',
    );
  });
});
