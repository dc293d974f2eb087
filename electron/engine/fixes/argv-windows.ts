import { powershellArgv } from '../platform/gateway';
import { isIpLiteralOrZoned } from '../platform/host';
import { FixInputError } from './ip';

// Windows fixes run PowerShell with a script built here from integers and validated IP
// literals only: no value from the user or the machine is ever spliced in as text.

const ps = (script: string): string[] => ['powershell.exe', ...powershellArgv(script)];

function ifIndex(i: number): string {
  if (!Number.isInteger(i) || i <= 0 || i > 0xffffff) throw new FixInputError(`bad interface index ${i}`);
  return String(i);
}

function ipList(servers: readonly string[]): string {
  if (servers.length === 0) throw new FixInputError('no DNS servers given');
  for (const s of servers) if (!isIpLiteralOrZoned(s)) throw new FixInputError(`"${s}" is not an IP address`);
  return servers.map((s) => `'${s}'`).join(',');
}

/**
 * Reads every interface's DNS servers plus the registry's static NameServer (to know whether
 * the old servers were typed in by hand or came from DHCP), as compact JSON.
 */
const DNS_QUERY_SCRIPT = [
  'Get-DnsClientServerAddress | ForEach-Object {',
  '$s = $null; $a = Get-NetAdapter -InterfaceIndex $_.InterfaceIndex -ErrorAction SilentlyContinue;',
  "if ($a) { $k = if ($_.AddressFamily -eq 23) { 'Tcpip6' } else { 'Tcpip' };",
  '$s = (Get-ItemProperty -Path "HKLM:\\SYSTEM\\CurrentControlSet\\Services\\$k\\Parameters\\Interfaces\\$($a.InterfaceGuid)" -Name NameServer -ErrorAction SilentlyContinue).NameServer };',
  '[pscustomobject]@{ InterfaceAlias = $_.InterfaceAlias; InterfaceIndex = $_.InterfaceIndex; AddressFamily = [int]$_.AddressFamily; ServerAddresses = @($_.ServerAddresses); StaticServers = $s }',
  '} | ConvertTo-Json -Compress',
].join(' ');

/** Runs DNS_QUERY_SCRIPT (read-only, no admin rights needed). */
export const dnsQueryArgv = (): string[] => ps(DNS_QUERY_SCRIPT);

/** Sets the servers of one interface (both families in one list; Windows sorts them out). */
export const setDnsArgv = (index: number, servers: readonly string[]): string[] =>
  ps(`Set-DnsClientServerAddress -InterfaceIndex ${ifIndex(index)} -ServerAddresses (${ipList(servers)})`);

/** Back to the servers DHCP hands out. */
export const resetDnsArgv = (index: number): string[] =>
  ps(`Set-DnsClientServerAddress -InterfaceIndex ${ifIndex(index)} -ResetServerAddresses`);

/** Empties the DNS client cache. */
export const flushDnsArgv = (): string[] => ['ipconfig', '/flushdns'];

/** Gives back every adapter's lease, then asks for new ones. */
export const renewDhcpArgv = (): string[][] => [
  ['ipconfig', '/release'],
  ['ipconfig', '/renew'],
];

/**
 * Turns a `powershell.exe ... -Command <script>` argv into `-EncodedCommand <base64 UTF-16LE>`
 * so the elevated launch line holds nothing but base64: no quoting for cmd.exe to get wrong.
 */
export function encodePowerShell(argv: readonly string[]): string[] {
  const i = argv.indexOf('-Command');
  if (i < 0 || i !== argv.length - 2) return [...argv];
  const script = argv[i + 1] ?? '';
  return [...argv.slice(0, i), '-EncodedCommand', Buffer.from(script, 'utf16le').toString('base64')];
}
