/**
 * When things happen in the story (Pacific time). The FTP sessions start one second after the
 * ftp.exe process that opens them.
 */
import { pdt } from '../time';

export const AT = {
  // Aug 23: the tools are downloaded; venus and mercury try the same and are blocked.
  btunDownload: pdt(23, 20, 36, 13, 204),
  klagerfDownload: pdt(23, 20, 59, 55, 377),
  venusDownload: pdt(23, 21, 6, 31, 52),
  copyToVenus: pdt(23, 21, 12, 31, 640),
  psexecToVenus: pdt(23, 21, 13, 5, 118),
  mercuryDownload: pdt(23, 21, 14, 47, 903),
  venusPython: pdt(23, 21, 16, 39, 311),
  btunChecksTools: pdt(23, 21, 20, 11, 72),
  // Aug 24: the upload script is reviewed; the DNS script reaches mercury and is scheduled.
  copyToMercury: pdt(24, 1, 2, 17, 455),
  mercuryTask: pdt(24, 1, 3, 40, 12),
  mercuryFirstRun: pdt(24, 1, 10, 0, 0),
  btunReadsScript: pdt(24, 14, 2, 33, 809),
  btunEditsScript: pdt(24, 14, 3, 10, 266),
  // Aug 25: exfiltration in four sessions, then one more try that sends nothing.
  klagerfUpload: pdt(25, 22, 28, 0, 544),
  btunBatch1: pdt(25, 22, 42, 3, 731),
  btunBatch1End: pdt(25, 22, 52, 5, 0),
  btunBatch2: pdt(25, 23, 13, 2, 120),
  btunBatch2End: pdt(25, 23, 36, 20, 0),
  btunOpen: pdt(25, 23, 45, 2, 618),
  btunSingleFile: pdt(25, 23, 46, 8, 0),
  // Aug 26: traces removed.
  btunCleanup: pdt(26, 0, 5, 12, 340),
  klagerfCleanup: pdt(26, 0, 9, 40, 702),
} as const;
