/** Character classes of Splunk's default segmenters.conf, for ASCII; every other character is PART. */
export const PART = 0;
export const MINOR = 1;
export const MAJOR = 2;

const MAJOR_BREAKERS = ' \t\n\r[]<>(){}|!;,\'"*&?+';
const MINOR_BREAKERS = '/:=@.-$#%\\_';

/** Class of each ASCII code; index with a code below 128 only. */
export const ASCII_CLASS = new Uint8Array(128);
for (const c of MAJOR_BREAKERS) ASCII_CLASS[c.charCodeAt(0)] = MAJOR;
for (const c of MINOR_BREAKERS) ASCII_CLASS[c.charCodeAt(0)] = MINOR;
