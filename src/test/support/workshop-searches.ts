// The workshop's searches as the FTP hunt's script gives them (spec: ftp-exfiltration-hunt.md),
// verbatim: the engine must parse and run them as they are.

export const WORKSHOP_FTP_SEARCH = `index=botsv2 sourcetype=stream:ftp src=10.0.2.107 dest=160.153.91.7 method!=PORT method!=TYPE method!=NLST
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

export const WORKSHOP_DLL_SEARCH = `index=botsv2 sourcetype=wineventlog (singlefile.dll OR winsys32.dll) | reverse
| stats count values(EventCode) as EventCode by host
| eventstats sum(count) as perc | eval percentage=round(count*100/perc,2) | fields - perc |sort - count`;
