import type { TraceFormat } from '../../../electron/engine/platform/trace-parse';
import { silentHops } from './trace-compact';

export interface TraceCase {
  format: TraceFormat;
  destination: string | null;
  reached: boolean;
  hops: string[];
}

/** Every traceroute / tracepath / tracert fixture with the exact expected hops (see compactHop). */
export const TRACE_CASES: Record<string, TraceCase> = {
  'linux/tracepath-no-reply.txt': {
    format: 'tracepath',
    destination: null,
    reached: false,
    hops: [
      '1 0% dsldevice.example.home=?@4.063 dsldevice.example.home=?@6.368',
      '2 0% 203-0-113-1.core-gw.isp-region1.example.net=?@24.092',
      '3 25% * 198.51.100.0@12000.559 198.51.100.0@11967.523 198.51.100.0@11829.634',
      '4 0% 198.51.100.16@161.527',
      '5 100% *',
      '6 100% *',
      ...silentHops(10, 30, 1),
    ],
  },
  'linux/tracepath-reached-docs-example.txt': {
    format: 'tracepath',
    destination: null,
    reached: true,
    hops: [
      '1 0% dust.inr.ac.ru=?@0.411',
      '2 0% dust.inr.ac.ru=?@0.39 2001:0db8:0:109::2@463.514',
    ],
  },
  'linux/traceroute-annotation-H.txt': {
    format: 'traceroute',
    destination: '172.17.0.3',
    reached: true,
    hops: [
      '1 0% 172.17.0.3@1.784!H 172.17.0.3@0.062 172.17.0.3@0.045',
    ],
  },
  'linux/traceroute-annotation-N.txt': {
    format: 'traceroute',
    destination: '172.17.0.3',
    reached: true,
    hops: [
      '1 0% 172.17.0.3@0.824!N 172.17.0.3@0.71 172.17.0.3@0.713',
    ],
  },
  'linux/traceroute-ipv6-multiple-ips-per-hop.txt': {
    format: 'traceroute',
    destination: '2001:db8:3030::6812:3e4e',
    reached: false,
    hops: [
      '1 0% 2001:db8:665:0:2:2:0:1@0.083 2001:db8:665:0:2:2:0:1@0.048 2001:db8:665:0:2:2:0:1@0.044',
      '2 0% 2001:db8:22:204::2@25.128 2001:db8:22:204::2@25.047 2001:db8:22:204::2@25.025',
      '3 0% 2001:db8:20::22:11@1.106 2001:db8:20::22:11@25.83 2001:db8:20::22:11@1.007',
      '4 0% xe-0-0-14-1.a02.tokyjp05.jp.bb.gin.ntt.net=2001:db8:2000:5000::305@0.908 xe-0-0-14-1.a02.tokyjp05.jp.bb.gin.ntt.net=2001:db8:2000:5000::305@1.197 xe-0-0-14-1.a02.tokyjp05.jp.bb.gin.ntt.net=2001:db8:2000:5000::305@1.097',
      '5 0% ae-25.r02.tokyjp05.jp.bb.gin.ntt.net=2001:db8:0:2000::59@1.515 ae-25.r02.tokyjp05.jp.bb.gin.ntt.net=2001:db8:0:2000::59@1.744 ae-25.r02.tokyjp05.jp.bb.gin.ntt.net=2001:db8:0:2000::59@1.785',
      '6 0% ae-4.r30.tokyjp05.jp.bb.gin.ntt.net=2001:db8:0:2000::11a@1.466 ae-4.r30.tokyjp05.jp.bb.gin.ntt.net=2001:db8:0:2000::11a@1.538 ae-4.r30.tokyjp05.jp.bb.gin.ntt.net=2001:db8:0:2000::11a@1.337',
      '7 0% ae-3.r00.tokyjp08.jp.bb.gin.ntt.net=2001:db8:0:2000::2d7@1.857 ae-3.r00.tokyjp08.jp.bb.gin.ntt.net=2001:db8:0:2000::2d7@1.839 ae-3.r00.tokyjp08.jp.bb.gin.ntt.net=2001:db8:0:2000::2d7@1.901',
      '8 0% as7515.ntt.net=2001:db8:2000:5000::26@2.717 as7515.ntt.net=2001:db8:2000:5000::26@2.419 as7515.ntt.net=2001:db8:2000:5000::26@2.325',
      '9 0% 2001:db8:22:1024::a29e:759c@2.115 2001:db8:22:1024::a29e:759c@1.985 2001:db8:22:1024::a29e:759f@2.272',
    ],
  },
  // two runs in one capture: the first (traceroute, !H) counts, the tcptraceroute run after it is ignored
  'linux/traceroute-local-H-no-route.txt': {
    format: 'traceroute',
    destination: '198.51.100.226',
    reached: false,
    hops: [
      '1 0% 192.168.1.2@3002.651!H 192.168.1.2@3002.644!H 192.168.1.2@3002.635!H',
    ],
  },
  'linux/traceroute-stars-unfinished.txt': {
    format: 'traceroute',
    destination: '198.51.100.100',
    reached: false,
    hops: [
      '1 0% dsldevice.example.lan=192.168.1.254@4.024 dsldevice.example.lan=192.168.1.254@3.683 dsldevice.example.lan=192.168.1.254@3.706',
      '2 0% 203-0-113-1.isp-gw.example.net=203.0.113.1@24.038 203-0-113-1.isp-gw.example.net=203.0.113.1@23.911 203-0-113-1.isp-gw.example.net=203.0.113.1@23.724',
      '3 100% * * *',
      '4 0% 198.51.100.186@42.273 198.51.100.186@42.213 198.51.100.186@42.083',
      '5 0% 192.0.2.100@36.789 192.0.2.100@43.691 192.0.2.100@36.597',
      '6 0% sd2ca21crs.ip.att.net=192.0.2.101@41.587 sd2ca21crs.ip.att.net=192.0.2.101@40.24 sd2ca21crs.ip.att.net=192.0.2.101@44.659',
      '7 0% 198.51.100.161@37.858 198.51.100.161@37.321 198.51.100.161@37.092',
      ...silentHops(8, 30),
    ],
  },
  'linux-captured/tracepath-loopback.txt': {
    format: 'tracepath',
    destination: null,
    reached: true,
    hops: [
      '1 0% 127.0.0.1@0.074',
    ],
  },
  'linux-captured/tracepath-netns-net-unreachable.txt': {
    format: 'tracepath',
    destination: null,
    reached: false,
    hops: [
      '1 0% 10.99.0.1@0.025!N 10.99.0.1@0.01!N',
    ],
  },
  'linux-captured/tracepath-netns-no-reply.txt': {
    format: 'tracepath',
    destination: null,
    reached: false,
    hops: [
      ...silentHops(1, 4, 1),
    ],
  },
  'linux-captured/tracepath-netns-reached.txt': {
    format: 'tracepath',
    destination: null,
    reached: true,
    hops: [
      '1 0% 10.99.0.1@0.102 10.99.0.1@0.017',
      '2 0% 10.98.0.2@0.119',
    ],
  },
  'linux-captured/traceroute-loopback.txt': {
    format: 'traceroute',
    destination: '127.0.0.1',
    reached: true,
    hops: [
      '1 0% 127.0.0.1@0.188 127.0.0.1@0.007 127.0.0.1@0.009',
    ],
  },
  'linux-captured/traceroute-netns-host-unreachable-H.txt': {
    format: 'traceroute',
    destination: '10.99.0.77',
    reached: false,
    hops: [
      '1 0% 10.99.0.2@3054.477!H 10.99.0.2@3054.305!H',
    ],
  },
  'linux-captured/traceroute-netns-net-unreachable-N.txt': {
    format: 'traceroute',
    destination: '192.0.2.1',
    reached: false,
    hops: [
      '1 66.667% 10.99.0.1@0.042!N * *',
    ],
  },
  'linux-captured/traceroute-netns-stars.txt': {
    format: 'traceroute',
    destination: '10.98.0.2',
    reached: false,
    hops: [
      ...silentHops(1, 4, 2),
    ],
  },
  'linux-captured/traceroute-netns-two-hops-reached.txt': {
    format: 'traceroute',
    destination: '10.98.0.2',
    reached: true,
    hops: [
      '1 0% 10.99.0.1@0.052 10.99.0.1@0.008 10.99.0.1@0.009',
      '2 0% 10.98.0.2@0.652 10.98.0.2@0.015 10.98.0.2@0.034',
    ],
  },
  'linux-captured/traceroute-q1-loopback.txt': {
    format: 'traceroute',
    destination: '127.0.0.1',
    reached: true,
    hops: [
      '1 0% 127.0.0.1@0.014',
    ],
  },
  'linux-captured/traceroute-unknown-host.txt': {
    format: 'traceroute',
    destination: null,
    reached: false,
    hops: [

    ],
  },
  'linux-captured/traceroute6-loopback.txt': {
    format: 'traceroute',
    destination: '::1',
    reached: true,
    hops: [
      '1 0% ::1@0.138 ::1@0.008',
    ],
  },
  'macos/traceroute-multiple-addresses-warning.txt': {
    format: 'traceroute',
    destination: '198.51.100.100',
    reached: false,
    hops: [
      '1 0% dsldevice=192.168.1.254@4.478 dsldevice=192.168.1.254@3.907 dsldevice=192.168.1.254@4.849',
      '2 0% 203-0-113-1.isp-gw.example.net=203.0.113.1@23.53 203-0-113-1.isp-gw.example.net=203.0.113.1@26.518 203-0-113-1.isp-gw.example.net=203.0.113.1@23.48',
      '3 100% * *',
    ],
  },
  'macos/traceroute-multiple-ips-per-hop.txt': {
    format: 'traceroute',
    destination: null,
    reached: false,
    hops: [
      '1 0% unifi=?@0.792 unifi=?@0.404 unifi=?@0.589',
      '2 0% **REDACTED**=?@1.977 **REDACTED**=?@1.859 **REDACTED**=?@1.912',
      '3 100% * * *',
      '4 0% hm-rc0100-cr102-be2030-201.core.as33915.net=198.51.100.45@14.514 hm-rc0100-cr102-be2030-201.core.as33915.net=198.51.100.45@13.798 hm-rc0100-cr102-be2030-201.core.as33915.net=198.51.100.45@12.336',
      '5 0% asd-tr0021-cr101-be111-2.core.as33915.net=192.0.2.100@15.732 asd-tr0021-cr101-be111-2.core.as33915.net=192.0.2.100@14.79 asd-tr0021-cr101-be111-2.core.as33915.net=192.0.2.100@15.938',
      '6 0% asd-tr0021-cr101-be111-2.core.as33915.net=192.0.2.100@13.843 asd-tr0021-cr101-be111-2.core.as33915.net=192.0.2.100@13.955 asd-tr0021-cr101-be111-2.core.as33915.net=192.0.2.100@15.102',
      '7 0% nl-ams14a-ri1-ae51-0.core.as9143.net=203.0.113.186@18.283 nl-ams14a-ri1-ae51-0.core.as9143.net=203.0.113.186@15.581 nl-ams14a-ri1-ae51-0.core.as9143.net=203.0.113.186@17.784',
      '8 0% 198.51.100.228@15.363 10ge-1-4.cr1.ams2.baseip.com=198.51.100.22@19.172 198.51.100.228@17.393',
      '9 100% * * *',
      '10 0% 198.51.100.186@15.49 198.51.100.200@19.885 198.51.100.100@20.709',
      '11 0% 198.51.100.141@17.424 198.51.100.173@15.437 198.51.100.133@18.923',
      '12 0% 198.51.100.209@17.998 ams17s09-in-f14.1e100.net=198.51.100.14@15.259 ams17s09-in-f14.1e100.net=198.51.100.14@16.048',
    ],
  },
  'macos/traceroute-star-then-address-fragment.txt': {
    format: 'traceroute',
    destination: null,
    reached: false,
    hops: [
      '6 0% bu-ether26.lsancarc0yw-bcr00.tbone.rr.com=203.0.113.10@42.638 bu-ether26.lsancarc0yw-bcr00.tbone.rr.com=203.0.113.10@39.093 bu-ether26.lsancarc0yw-bcr00.tbone.rr.com=203.0.113.10@42.319',
      '7 0% bu-ether11.tustca4200w-bcr00.tbone.rr.com=192.0.2.10@60.588 bu-ether11.tustca4200w-bcr00.tbone.rr.com=192.0.2.10@54.393 bu-ether11.tustca4200w-bcr00.tbone.rr.com=192.0.2.10@78.709',
      '8 0% bu-ether16.dllstx976iw-bcr00.tbone.rr.com=192.0.2.11@52.357 bu-ether16.dllstx976iw-bcr00.tbone.rr.com=192.0.2.11@60.392 bu-ether16.dllstx976iw-bcr00.tbone.rr.com=192.0.2.11@75.144',
      '9 0% 0.ae4.pr0.dfw10.tbone.rr.com=203.0.113.11@74.019 0.ae1.pr0.dfw10.tbone.rr.com=203.0.113.12@59.598 0.ae1.pr0.dfw10.tbone.rr.com=203.0.113.12@51.696',
      '10 0% 203.0.113.27@55.293 203.0.113.27@146.672 203.0.113.27@169.692',
      '11 100% * * *',
      '12 100% * * *',
      '13 33.333% * 198.51.100.20@92.032 198.51.100.0@84.41',
      '14 50% * 198.51.100.172@207.366',
    ],
  },
  'macos/traceroute-stars.txt': {
    format: 'traceroute',
    destination: '192.0.2.8',
    reached: true,
    hops: [
      '1 0% dsldevice=192.168.1.254@12.07 dsldevice=192.168.1.254@4.328 dsldevice=192.168.1.254@4.167',
      '2 0% 203-0-113-1.isp-gw.example.net=203.0.113.1@20.595 203-0-113-1.isp-gw.example.net=203.0.113.1@26.13 203-0-113-1.isp-gw.example.net=203.0.113.1@28.555',
      '3 100% * * *',
      '4 0% 198.51.100.186@149.663 198.51.100.186@27.761 198.51.100.186@160.709',
      '5 0% sffca22crs.ip.att.net=192.0.2.100@27.131 sffca22crs.ip.att.net=192.0.2.100@160.459 sffca22crs.ip.att.net=192.0.2.100@32.274',
      '6 0% 198.51.100.61@143.143 198.51.100.61@27.034 198.51.100.61@152.676',
      '7 0% 203.0.113.234@24.912 203.0.113.234@23.802 203.0.113.234@157.338',
      '8 100% * * *',
      '9 0% dns.google=192.0.2.8@30.84 dns.google=192.0.2.8@22.503 dns.google=192.0.2.8@23.538',
    ],
  },
  'windows/tracert-d-all-timeouts.txt': {
    format: 'tracert',
    destination: '192.0.2.8',
    reached: false,
    hops: [
      ...silentHops(1, 9),
    ],
  },
  'windows/tracert-hostnames-success.txt': {
    format: 'tracert',
    destination: '198.51.100.40',
    reached: true,
    hops: [
      '1 0% fritz.box=192.168.0.1@0.5 fritz.box=192.168.0.1@1 fritz.box=192.168.0.1@1',
      '2 0% cpe-gw1.isp.example=198.51.100.56@4 cpe-gw1.isp.example=198.51.100.56@4 cpe-gw1.isp.example=198.51.100.56@4',
      '3 0% core1.isp.example=203.0.113.26@7 core1.isp.example=203.0.113.26@6 core1.isp.example=203.0.113.26@6',
      '4 0% 198.51.100.198@7 198.51.100.198@7 198.51.100.198@7',
      '5 0% edge1.nren.example=198.51.100.114@9 edge1.nren.example=198.51.100.114@9 edge1.nren.example=198.51.100.114@9',
      '6 0% edge2.nren.example=198.51.100.3@11 edge2.nren.example=198.51.100.3@11 edge2.nren.example=198.51.100.3@11',
      '7 0% 198.51.100.100@10 198.51.100.100@10 198.51.100.100@10',
      '8 0% target.example.edu=198.51.100.40@10 target.example.edu=198.51.100.40@10 target.example.edu=198.51.100.40@10',
    ],
  },
  'windows/tracert-mixed-timeouts.txt': {
    format: 'tracert',
    destination: '198.51.100.216',
    reached: true,
    hops: [
      '1 0% 192.168.1.1@0.5 192.168.1.1@0.5 192.168.1.1@0.5',
      '2 0% 10.177.16.1@2 10.177.16.1@2 10.177.16.1@2',
      '3 0% 198.51.100.65@2 198.51.100.65@2 198.51.100.65@2',
      '4 0% 198.51.100.129@8 198.51.100.129@6 198.51.100.129@6',
      '5 0% 203.0.113.221@11 203.0.113.221@14 203.0.113.221@14',
      '6 0% 203.0.113.158@11 203.0.113.158@14 203.0.113.158@14',
      '7 100% * * *',
      '8 0% 203.0.113.253@28 203.0.113.253@29 203.0.113.253@26',
      '9 66.667% * 203.0.113.198@26 *',
      '10 100% * * *',
      '11 0% 198.51.100.100@29 198.51.100.100@29 198.51.100.100@29',
      ...silentHops(12, 14),
      '15 0% 198.51.100.216@28 198.51.100.216@28 198.51.100.216@28',
    ],
  },
  'windows/tracert-partial-stars.txt': {
    format: 'tracert',
    destination: '172.19.219.42',
    reached: true,
    hops: [
      '1 33.333% 10.15.8.1@2 * 10.15.8.1@2',
      '2 0% 10.15.0.1@1 10.15.0.1@1 10.15.0.1@1',
      '3 33.333% 10.14.1.33@18 * 10.14.1.33@9',
      '4 0% 10.14.1.84@6 10.14.1.84@7 10.14.1.84@6',
      '5 0% 172.19.254.86@9 172.19.254.86@9 172.19.254.86@9',
      '6 0% 172.19.254.66@6 172.19.254.66@6 172.19.254.66@6',
      '7 0% 172.19.219.42@9 172.19.219.42@9 172.19.219.42@9',
    ],
  },
};
