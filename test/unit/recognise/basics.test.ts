import { describe, expect, it } from 'vitest';
import { RecognitionSchema } from '../../../electron/contract/diagnosis';
import { explainText, recogniseResponse } from '../../../electron/engine/recognise';

describe('recogniser basics', () => {
  it('recognises an nginx 502 page', () => {
    const r = recogniseResponse({
      status: 502,
      headers: { Server: 'nginx/1.22.1' },
      body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n',
    });
    expect(RecognitionSchema.parse(r)).toMatchObject({ status: 502, source: 'nginx', variant: 'nginx-bad-gateway', cdn: null, whoActs: 'site-owner' });
  });

  it('explains an IIS sub-code and reads a pasted raw response', () => {
    expect(explainText('HTTP Error 502.3 - Bad Gateway')).toMatchObject({ status: 502, source: 'iis', variant: 'iis-502.3' });
    expect(explainText('HTTP/1.1 502 Bad Gateway\r\nServer: cloudflare\r\nCF-RAY: 8abc123def456789-AMS\r\n\r\n')).toMatchObject({
      status: 502, source: 'cloudflare', cdn: 'cloudflare', traceId: '8abc123def456789-AMS',
    });
  });
});
