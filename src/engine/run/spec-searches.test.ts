import { describe, expect, it } from 'vitest';
import { SplError } from '../errors';
import { parseSearch } from './run-search';

// The two workshop searches that must run verbatim.

const FIRST = `index=botsv2 sourcetype=stream:ftp src=10.0.2.107 dest=160.153.91.7 method!=PORT method!=TYPE method!=NLST
| table _time src filename method method_parameter
| sort + _time
| appendcols
    [search index=botsv2 sourcetype=stream:ftp src=10.0.2.109 dest=160.153.91.7 method!=PORT method!=TYPE method!=NLST
    | table _time src filename method method_parameter
    | sort + _time
    | eval time=_time
    | fieldformat time=strftime(time,"%B %H:%M:%S")
    | foreach *
        [eval <<FIELD>>_s=<<FIELD>>]]
| eval time_s=strftime(time_s,"%H:%M:%S")
| table _time src filename method method_parameter time_s src_s filename_s method_s method_parameter_s`;

const SECOND = `index=botsv2 sourcetype=wineventlog (singlefile.dll OR winsys32.dll) | reverse
| stats count values(EventCode) as EventCode by host
| eventstats sum(count) as perc | eval percentage=round(count*100/perc,2) | fields - perc |sort - count`;

function firstError(q: string): SplError | null {
  try {
    parseSearch(q);
    return null;
  } catch (e) {
    if (e instanceof SplError) return e;
    throw e;
  }
}

describe('workshop searches', () => {
  it.each([
    ['ftp comparison', FIRST],
    ['dll hosts', SECOND],
  ])('%s parses completely', (_name, q) => {
    expect(firstError(q)).toBeNull();
  });

  it('the base searches parse completely', () => {
    expect(firstError(FIRST.slice(0, FIRST.indexOf('\n')))).toBeNull();
    expect(firstError(SECOND.slice(0, SECOND.indexOf('|')))).toBeNull();
  });
});
