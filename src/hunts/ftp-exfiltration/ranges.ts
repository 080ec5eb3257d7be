import type { TimeRange } from '../types';

// Offsets are written out (-07:00, daylight saving time in August 2017) so that each window is the
// same moment whichever time zone the user picks.

export const AUGUST_2017: TimeRange = {
  label: 'August 2017',
  earliest: '2017-08-01T00:00:00-07:00',
  latest: '2017-09-01T00:00:00-07:00',
};

export const AUG_23_TO_26: TimeRange = {
  label: 'Aug 23 – Aug 26, 2017',
  earliest: '2017-08-23T00:00:00-07:00',
  latest: '2017-08-27T00:00:00-07:00',
};

/** The first cluster: about eight hours on the evening of Aug 23. */
export const AUG_23_EVENING: TimeRange = {
  label: 'Aug 23, 2017, 16:00 – 24:00',
  earliest: '2017-08-23T16:00:00-07:00',
  latest: '2017-08-24T00:00:00-07:00',
};

/** The second cluster: about two hours on the evening of Aug 25. */
export const AUG_25_EVENING: TimeRange = {
  label: 'Aug 25, 2017, 22:00 – 24:00',
  earliest: '2017-08-25T22:00:00-07:00',
  latest: '2017-08-26T00:00:00-07:00',
};

export const SINCE_DOWNLOAD: TimeRange = {
  label: 'Aug 23, 2017, 20:36 – end of August',
  earliest: '2017-08-23T20:36:00-07:00',
  latest: '2017-09-01T00:00:00-07:00',
};

export const AFTER_SINGLEFILE: TimeRange = {
  label: 'Aug 25, 2017, 23:46:08 – end of August',
  earliest: '2017-08-25T23:46:08-07:00',
  latest: '2017-09-01T00:00:00-07:00',
};
