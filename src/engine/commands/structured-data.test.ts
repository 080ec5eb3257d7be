import { describe, expect, it } from 'vitest';
import { events, plain, runReal } from '../../test/support/engine-run';

const CLOUDTRAIL = JSON.stringify({
  eventName: 'GetObject',
  userIdentity: { arn: 'arn:aws:iam::1:user/amber', type: 'IAMUser' },
  resources: [{ ARN: 'arn:aws:s3:::a' }, { ARN: 'arn:aws:s3:::b' }],
  requestParameters: { bucketName: 'a', count: 2, public: false, note: null },
});

describe('spath (Search Reference examples over small events)', () => {
  const evs = events([{ raw: CLOUDTRAIL }]);
  it('auto-extracts every leaf, arrays as {}', async () => {
    const r = await runReal(evs, '* | spath | fields - _raw _time id');
    expect(plain(r.rows)[0]).toMatchObject({
      eventName: 'GetObject',
      'userIdentity.arn': 'arn:aws:iam::1:user/amber',
      'resources{}.ARN': ['arn:aws:s3:::a', 'arn:aws:s3:::b'],
      'requestParameters.count': '2',
      'requestParameters.public': 'false',
      'requestParameters.note': 'null',
    });
  });
  it('path= and output= (spath output=commit_author path=commits{}.author.name)', async () => {
    const r = await runReal(
      evs,
      '* | spath output=arn path=userIdentity.arn | spath output=res path=resources{}.ARN | spath resources{1}.ARN | table arn res resources{1}.ARN',
    );
    expect(plain(r.rows)).toEqual([
      {
        arn: 'arn:aws:iam::1:user/amber',
        res: ['arn:aws:s3:::a', 'arn:aws:s3:::b'],
        'resources{1}.ARN': 'arn:aws:s3:::b',
      },
    ]);
  });
  it('a path ending at an object gives its JSON; input= reads another field', async () => {
    const r = await runReal(
      [],
      '| makeresults | eval j="{\\"a\\": {\\"b\\": [1, 2]}}" | spath input=j path=a output=obj | spath input=j | table obj a.b{}',
    );
    expect(plain(r.rows)).toEqual([{ obj: '{"b":[1,2]}', 'a.b{}': ['1', '2'] }]);
  });
  it('XML: element paths, {@attr}, auto mode (spath output=locDesc.locale path=...{@locale})', async () => {
    const xml =
      '<vendorProductSet><product><desc><locDesc locale="en">Router</locDesc></desc></product><product><desc><locDesc locale="fr">Routeur</locDesc></desc></product></vendorProductSet>';
    const r = await runReal(
      events([{ raw: xml }]),
      '* | spath output=loc path=vendorProductSet.product.desc.locDesc{@locale} | spath output=second path=vendorProductSet.product{2}.desc.locDesc | spath | table loc second vendorProductSet.product.desc.locDesc',
    );
    expect(plain(r.rows)).toEqual([
      {
        loc: ['en', 'fr'],
        second: 'Routeur',
        'vendorProductSet.product.desc.locDesc': ['Router', 'Routeur'],
      },
    ]);
  });
  it('leaves text that is neither JSON nor XML alone', async () => {
    const r = await runReal(events([{ raw: 'plain text' }]), '* | spath | table *');
    expect(r.fields).toEqual(['_time', '_raw', 'id']);
  });
});

describe('fromjson', () => {
  it('top-level keys become fields; arrays of values multivalue; objects stay JSON', async () => {
    const r = await runReal(
      [],
      '| makeresults | eval p="{\\"user\\": \\"amber\\", \\"roles\\": [\\"admin\\", \\"dev\\"], \\"meta\\": {\\"n\\": 1}}" | fromjson p prefix=x_ | table x_*',
    );
    expect(plain(r.rows)).toEqual([
      { x_user: 'amber', x_roles: ['admin', 'dev'], x_meta: '{"n":1}' },
    ]);
  });
});

describe('xmlkv and xpath', () => {
  const xml =
    '<Event><System><EventID>4624</EventID><Computer>wrk-01</Computer></System><EventData><Data Name="TargetUserName">amber</Data><Data Name="LogonType">10</Data></EventData></Event>';
  const evs = events([{ raw: xml }]);
  it('xmlkv: <key>value</key> pairs (entities decoded)', async () => {
    const r = await runReal(
      events([{ raw: '<a><b>x &amp; y</b><c>1</c><c>2</c></a>' }]),
      '* | xmlkv | table b c',
    );
    expect(plain(r.rows)).toEqual([{ b: 'x & y', c: ['1', '2'] }]);
    const win = await runReal(evs, '* | xmlkv | table EventID Computer Data');
    expect(plain(win.rows)).toEqual([
      { EventID: '4624', Computer: 'wrk-01', Data: ['amber', '10'] },
    ]);
  });
  it('xpath: //name, predicates on attributes, @attr, default=', async () => {
    const r = await runReal(
      evs,
      '* | xpath outfield=user "//Data[@Name=\'TargetUserName\']" | xpath outfield=names "//EventData/Data/@Name" | xpath "/Event/System/EventID" | xpath outfield=none default="n/a" "//Nothing" | table user names xpath none',
    );
    expect(plain(r.rows)).toEqual([
      { user: 'amber', names: ['TargetUserName', 'LogonType'], xpath: '4624', none: 'n/a' },
    ]);
  });
  it('names unsupported XPath', async () => {
    await expect(runReal(evs, '* | xpath "count(//Data)"')).rejects.toThrow(
      /xpath: unsupported XPath/,
    );
  });
});
