import type { HuntStep } from '../types';
import { AUG_23_EVENING, AUG_23_TO_26 } from './ranges';

export const timeSeriesSteps: HuntStep[] = [
  {
    id: 'time-series-firewall',
    kind: 'time-series',
    title: 'When, according to the firewall?',
    narrative: `We know who and where; now *when*. Build one label per conversation,
source and destination together, and chart it over the month. Leave out the inbound probes to the
firewall's own address: we already know what they are.`,
    trainerNotes: `About 5 minutes. Explain the \`eval\` that builds one label per source and
destination pair, then ask the room to predict the chart's shape before it shows.
- Pitfall: leaving in the inbound probes to 71.39.18.125 swamps the chart; that is why the search
  drops them.`,
    searches: [
      {
        id: 'firewall-timechart',
        title: 'pan:traffic FTP by source and destination, per day',
        spl: `index=botsv2 sourcetype=pan:traffic ftp dest!=71.39.18.125
| eval flow=src." -> ".dest
| timechart span=1d count by flow`,
        view: 'timechart',
        notice: 'Nothing for three weeks; then activity from Aug 23, and nothing after Aug 25.',
      },
      {
        id: 'firewall-first-last',
        title: 'First and last day',
        spl: `index=botsv2 sourcetype=pan:traffic ftp dest!=71.39.18.125
| stats min(_time) as first max(_time) as last
| eval first=strftime(first, "%b %d"), last=strftime(last, "%b %d")`,
        view: 'statistics',
        notice: 'The outbound FTP activity spans Aug 23 to Aug 25.',
      },
    ],
    questions: [
      {
        id: 'activity-starts',
        kind: 'value',
        prompt: 'On which day of August does the outbound FTP activity start?',
        answer: 'Aug 23',
        accept: ['23', 'August 23', '2017-08-23', '23 Aug', 'Aug 23 2017'],
        hints: ['The first column with a bar in the chart.'],
        explanation: 'On Aug 23. A sudden start after weeks of silence is a classic sign.',
        derive: { search: 'firewall-first-last', rule: { field: 'first' } },
      },
      {
        id: 'activity-ends',
        kind: 'value',
        prompt: 'On which day does it stop?',
        answer: 'Aug 25',
        accept: ['25', 'August 25', '2017-08-25', '25 Aug', 'Aug 25 2017'],
        hints: ['The last column with a bar.'],
        explanation: 'On Aug 25: nothing from Aug 26 on.',
        derive: { search: 'firewall-first-last', rule: { field: 'last' } },
      },
    ],
  },
  {
    id: 'time-series-sensors',
    kind: 'time-series',
    title: 'And according to the sensors?',
    narrative: `One source can be wrong, misconfigured or incomplete. Check the same picture in
Suricata and in Stream: if three independent sources agree, we can trust the timeline.`,
    trainerNotes: `About 3 minutes: a quick corroboration. Ask *why check a second and a third
source?* (a misconfigured sensor, dropped logs, a wrong clock).`,
    searches: [
      {
        id: 'sensor-timechart',
        title: 'Suricata and Stream FTP by source and destination, per day',
        spl: `index=botsv2 (sourcetype=suricata OR sourcetype=stream:ftp) ftp
| eval flow=sourcetype.": ".src." -> ".dest
| timechart span=1d count by flow`,
        view: 'timechart',
        notice: 'The same pattern: Aug 23 and Aug 25, nothing else.',
      },
      {
        id: 'sensor-days',
        title: 'Days with FTP on the wire',
        spl: `index=botsv2 (sourcetype=suricata OR sourcetype=stream:ftp) ftp
| eval day=strftime(_time, "%b %d")
| stats count by day`,
        view: 'statistics',
        notice: 'Two days only.',
      },
    ],
    questions: [
      {
        id: 'sensor-active-days',
        kind: 'set',
        prompt: 'On which days do the sensors see FTP traffic?',
        answer: ['Aug 23', 'Aug 25'],
        hints: ['Count the days with events.'],
        explanation: `Aug 23 and Aug 25: two separate bursts. The firewall's blocked attempts from
the servers fall in the same days.`,
        derive: { search: 'sensor-days', rule: { valuesOf: 'day' } },
      },
    ],
  },
  {
    id: 'time-series-window',
    kind: 'time-series',
    title: 'Narrow the window',
    narrative: `All of the activity sits between Aug 23 and Aug 26, so narrow the time range to
those days and to the one destination, and chart by source, hour by hour.`,
    timeRange: AUG_23_TO_26,
    trainerNotes: `About 4 minutes. Two clusters appear: name them out loud, *cluster 1* on Aug 23
and *cluster 2* on Aug 25; the rest of the hunt follows them.`,
    searches: [
      {
        id: 'window-timechart',
        title: 'FTP to 160.153.91.7 per hour, by source',
        spl: `index=botsv2 (sourcetype=suricata OR sourcetype=stream:ftp) dest=160.153.91.7
| timechart span=1h count by src`,
        view: 'timechart',
        notice: 'Two clusters: the evening of Aug 23 and the evening of Aug 25.',
      },
      {
        id: 'window-sources',
        title: 'Sources in the window',
        spl: `index=botsv2 (sourcetype=suricata OR sourcetype=stream:ftp) dest=160.153.91.7
| stats count by src`,
        view: 'statistics',
        notice: 'Only the two workstations.',
      },
    ],
    questions: [
      {
        id: 'window-source-count',
        kind: 'number',
        prompt: 'How many source addresses send FTP traffic to 160.153.91.7 in these days?',
        answer: 2,
        hints: ['Count the series in the chart, or the rows of the second search.'],
        explanation: 'Two: wrk-btun (10.0.2.107) and wrk-klagerf (10.0.2.109).',
        derive: { search: 'window-sources', rule: { distinct: 'src' } },
      },
    ],
  },
  {
    id: 'time-series-zoom',
    kind: 'time-series',
    title: 'Zoom in on Aug 23',
    narrative: `Drag across the evening of Aug 23 on the chart (about eight hours) to zoom to
that selection, and compare the two workstations.`,
    timeRange: AUG_23_EVENING,
    trainerNotes: `About 6 minutes. Do the drag live; on a projector the chart's data table (a zoom
button per bucket) is easier than the mouse.
- Ask: *why exactly the same number of events?* Hold the answer until someone says it is
  automated: the same script ran on both.
- Pitfall: a narrow zoom cuts a session in half and the counts differ; take about eight hours.`,
    searches: [
      {
        id: 'zoom-timechart',
        title: 'Stream FTP per 10 minutes, by source',
        spl: `index=botsv2 sourcetype=stream:ftp dest=160.153.91.7
| timechart span=10m count by src`,
        view: 'timechart',
        notice: 'Two short bursts, about 25 minutes apart.',
      },
      {
        id: 'zoom-counts',
        title: 'Events per workstation',
        spl: `index=botsv2 sourcetype=stream:ftp dest=160.153.91.7
| stats count by src`,
        view: 'statistics',
        notice: 'Both workstations have exactly the same number of events.',
      },
    ],
    questions: [
      {
        id: 'zoom-btun-events',
        kind: 'number',
        prompt: 'How many `stream:ftp` events does 10.0.2.107 have in this window?',
        answer: 21,
        hints: ['The second search counts them.'],
        explanation: 'And 10.0.2.109 has exactly as many.',
        derive: {
          search: 'zoom-counts',
          rule: { field: 'count', where: { field: 'src', equals: '10.0.2.107' } },
        },
      },
      {
        id: 'zoom-klagerf-events',
        kind: 'number',
        prompt: 'And 10.0.2.109?',
        answer: 21,
        hints: ['The other row.'],
        explanation: 'The same number. Two people rarely do exactly the same thing by hand.',
        derive: {
          search: 'zoom-counts',
          rule: { field: 'count', where: { field: 'src', equals: '10.0.2.109' } },
        },
      },
      {
        id: 'zoom-why-same',
        kind: 'choice',
        prompt: 'What best explains the identical counts?',
        options: [
          { id: 'script', label: 'Both systems ran the same FTP script' },
          { id: 'mirror', label: 'The sensor logged each session twice' },
          { id: 'users', label: 'Billy and Kevin did the same thing by hand' },
          { id: 'nat', label: 'Address translation merged the sessions' },
        ],
        answer: 'script',
        hints: ['Recall the `-s:` switch.'],
        explanation: `Both ran the same script: identical command sequences, identical event
counts. The next step checks it command by command.`,
      },
    ],
  },
];
