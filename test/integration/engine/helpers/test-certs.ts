// Certificates made at test time with openssl (execFile, argv arrays) in a temp dir: a test CA and
// leaf certificates it signs for any validity period (past ones included, via `openssl ca`), and
// self-signed ones. Nothing is committed; the dir is removed by `cleanup()`.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestCert {
  key: string;
  cert: string;
  certPath: string;
  keyPath: string;
}

export interface TestCa extends TestCert {
  dir: string;
  /** A leaf for `name` (SAN DNS:name, or IP:name for an address), valid from/to these offsets in days. */
  leaf(stem: string, name: string, fromDays: number, toDays: number): Promise<TestCert>;
  cleanup(): void;
}

/** An OpenSSL date (YYYYMMDDHHMMSSZ) `days` from now. */
function opensslDate(days: number): string {
  return new Date(Date.now() + days * 86400_000)
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\.\d+Z$/, 'Z')
    .slice(2);
}

function read(dir: string, stem: string): TestCert {
  const keyPath = join(dir, `${stem}.key`);
  const certPath = join(dir, `${stem}.crt`);
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8'), keyPath, certPath };
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
const san = (name: string): string => (/^[\d.]+$/.test(name) ? `IP:${name}` : `DNS:${name}`);

/** A self-signed certificate for `name` (in `dir`), valid for 30 days from yesterday-ish. */
export async function selfSigned(dir: string, stem: string, name: string): Promise<TestCert> {
  await run('openssl', [
    'req',
    '-x509',
    ...EC,
    '-keyout',
    join(dir, `${stem}.key`),
    '-out',
    join(dir, `${stem}.crt`),
    '-days',
    '30',
    '-subj',
    `/O=Gateway Doctor Test/CN=${name}`,
    '-addext',
    `subjectAltName=${san(name)}`,
  ]);
  return read(dir, stem);
}

/** Makes a test CA named `cn` in a new temp dir. */
export async function makeTestCa(cn = 'Gateway Doctor Test CA'): Promise<TestCa> {
  const dir = mkdtempSync(join(tmpdir(), 'gd-certs-'));
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  writeFileSync(
    join(dir, 'ca.cnf'),
    [
      '[ ca ]',
      'default_ca = test',
      '[ test ]',
      `database = ${join(dir, 'index.txt')}`,
      `new_certs_dir = ${dir}`,
      `serial = ${join(dir, 'serial')}`,
      'default_md = sha256',
      'policy = any_name',
      'copy_extensions = copy',
      'unique_subject = no',
      '[ any_name ]',
      'commonName = supplied',
      '',
    ].join('\n'),
  );
  await run('openssl', [
    'req',
    '-x509',
    ...EC,
    '-keyout',
    join(dir, 'ca.key'),
    '-out',
    join(dir, 'ca.crt'),
    '-days',
    '30',
    '-subj',
    `/O=Gateway Doctor Test/CN=${cn}`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  const ca = read(dir, 'ca');
  return {
    ...ca,
    dir,
    async leaf(stem, name, fromDays, toDays) {
      const csr = join(dir, `${stem}.csr`);
      await run('openssl', [
        'req',
        '-new',
        ...EC,
        '-keyout',
        join(dir, `${stem}.key`),
        '-out',
        csr,
        '-subj',
        `/O=Gateway Doctor Test/CN=${name}`,
        '-addext',
        `subjectAltName=${san(name)}`,
      ]);
      await run('openssl', [
        'ca',
        '-batch',
        '-notext',
        '-config',
        join(dir, 'ca.cnf'),
        '-cert',
        ca.certPath,
        '-keyfile',
        ca.keyPath,
        '-in',
        csr,
        '-out',
        join(dir, `${stem}.crt`),
        '-startdate',
        opensslDate(fromDays),
        '-enddate',
        opensslDate(toDays),
      ]);
      return read(dir, stem);
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
