/**
 * Which dotted names are files and which are domains. `.com` is always a domain (COM programs
 * are rare; the TLD is not). A full TLD list is not needed: these are
 * the top-level domains seen in hunts and threat reports, and every two-letter country code.
 */

/** Extensions that make a dotted name a file name, not a domain. */
export const FILE_EXTENSIONS = new Set(
  (
    'exe dll sys drv ocx cpl scr bat cmd ps1 psm1 psd1 vbs vbe js jse wsf wsh hta msi msp ' +
    'lnk inf reg jar py pyc pyw pl rb sh php asp aspx jsp war elf bin so dylib deb rpm apk ipa ' +
    'dmg pkg app iso img vhd vhdx ova vmdk zip rar 7z gz tgz bz2 xz tar cab arj lzh ace ' +
    'pdf doc docx docm dot dotm xls xlsx xlsm xlsb xlt ppt pptx pptm pps rtf odt ods odp hwp ' +
    'txt csv tsv log xml json yml yaml ini cfg conf md html htm mht chm eml msg pst ost ' +
    'kdbx kdb db sqlite mdb accdb bak tmp dat key pem crt cer pfx p12 ' +
    'png jpg jpeg gif bmp tif tiff ico svg mp3 mp4 wav avi mov mkv'
  ).split(' '),
);

/**
 * Extensions that are also country-code or generic TLDs. A two-label name with one of these is
 * a file (`dns.py`); with more labels it is a domain (`www.example.py`).
 */
const AMBIGUOUS = new Set(['py', 'pl', 'sh', 'md', 'so', 'zip', 'mov', 'rs', 'app']);

const GENERIC_TLDS = new Set(
  (
    'com net org edu gov mil int info biz pro mobi asia tel travel aero coop museum jobs ' +
    'cat xxx post arpa io app dev xyz top online site club shop store tech live website ' +
    'space fun icu vip work link click download win bid loan racing review stream trade ' +
    'party science men gdn kim country cricket faith accountant press pw su onion bit ' +
    'local lan internal corp home localdomain'
  ).split(' '),
);

/**
 * ISO 3166 two-letter codes in use as TLDs, but for `as`, `id`, `ms` and `pe`: in events these
 * end field paths (`event.id`, `source.as`, `process.pe`) or units far more often than domains.
 * For the same reason `name`, `host`, `cloud` and `date` are not among the generic TLDs.
 */
const COUNTRY_TLDS = new Set(
  (
    'ac ad ae af ag ai al am ao aq ar at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br ' +
    'bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ' +
    'ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw ' +
    'gy hk hm hn hr ht hu ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ' +
    'ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr mt mu ' +
    'mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pf pg ph pk pl pm pn pr ps pt ' +
    'pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st sv sx sy sz tc td ' +
    'tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye ' +
    'yt za zm zw'
  ).split(' '),
);

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Lower-cased TLD of a name, or ''. */
function tld(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1).toLowerCase();
}

/** A file name: something ending in a known extension, not a multi-label domain. */
export function isFileName(name: string): boolean {
  const ext = tld(name);
  if (!FILE_EXTENSIONS.has(ext) || name.startsWith('.')) return false;
  return !(AMBIGUOUS.has(ext) && isDomainName(name) && name.split('.').length > 2);
}

/** Syntax of a host name (LDH labels) with a top-level domain we know. */
export function isDomainName(name: string): boolean {
  if (name.length > 253) return false;
  const labels = name.toLowerCase().split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return false;
  const top = labels[labels.length - 1];
  return GENERIC_TLDS.has(top) || COUNTRY_TLDS.has(top) || top.startsWith('xn--');
}

/** Host name syntax alone (LDH labels, at least two), whatever the TLD. */
export function isHostSyntax(name: string): boolean {
  const labels = name.toLowerCase().split('.');
  return name.length <= 253 && labels.length >= 2 && labels.every((l) => LABEL.test(l));
}
