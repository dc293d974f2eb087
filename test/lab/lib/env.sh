# shellcheck shell=bash
# Lab constants: namespaces, addresses, state paths. Mirrored in test/lab/lab.ts (keep in sync).
# Addresses are TEST-NET-2/3 (198.51.100.0/24, 203.0.113.0/24) plus a private LAN that exists only
# inside the lab. TEST-NET-1 (192.0.2.0/24) is avoided on purpose: some build hosts use it for
# their own uplink, and the lab must never look like the host's network.

GD_STATE=${GD_LAB_STATE:-/tmp/gd-lab}
GD_LOCK=${GD_LAB_LOCK:-/tmp/gd-lab.lock}
GD_SESSION_LOCK=${GD_LAB_SESSION_LOCK:-/tmp/gd-lab.session.lock}

NS_PC=gd-pc
NS_ROUTER=gd-router
NS_ISP=gd-isp
NS_NET=gd-net
LAB_NAMESPACES=("$NS_PC" "$NS_ROUTER" "$NS_ISP" "$NS_NET")

# Home LAN (gd-pc eth0 <-> gd-router lan0)
PC_IP=192.168.77.10
ROUTER_LAN_IP=192.168.77.1
# Router uplink (gd-router wan0 <-> gd-isp cust0), 198.51.100.0/30
ISP_CUST_IP=198.51.100.1
ROUTER_WAN_IP=198.51.100.2
# ISP uplink to the "internet" (gd-isp up0 <-> gd-net isp0), 198.51.100.4/30
ISP_UP_IP=198.51.100.5
NET_LINK_IP=198.51.100.6

# Hosts in gd-net (each a /32 on its loopback)
ADDR_WWW=203.0.113.10       # www.gd.test       healthy site
ADDR_REFUSED=203.0.113.11   # refused.gd.test   nginx 502, upstream refuses
ADDR_GARBAGE=203.0.113.12   # garbage.gd.test   nginx 502, upstream sends garbage
ADDR_SLOW=203.0.113.13      # slow.gd.test      nginx 504, upstream too slow
ADDR_FLAKY=203.0.113.14     # flaky.gd.test     one of two backends dead
ADDR_CDN=203.0.113.15       # cdn.gd.test       CDN-like edge, failing origin
ADDR_GONE=203.0.113.20      # gone.gd.test      silently dropped in site-unreachable
ADDR_MOVED=203.0.113.21     # moved.gd.test     new address (alternative resolvers)
ADDR_OLD=203.0.113.99       # moved.gd.test     old, dead address (the ISP resolver's stale answer)
ADDR_FW=203.0.113.30        # fw.gd.test        web ports blocked in firewall-blocking
RESOLVER_ISP=203.0.113.53   # the PC's resolver (the ISP's)
RESOLVER_ALT1=203.0.113.54  # alternative resolvers
RESOLVER_ALT2=203.0.113.55
ADDR_CONTROL1=203.0.113.80  # control sites
ADDR_CONTROL2=203.0.113.81
ADDR_PROXY=203.0.113.90     # the PC's proxy in proxy-error
PROXY_PORT=3128
PROXY_CLOSED_PORT=8080      # nothing listens there (proxy-refused)

# Round two: one site per new verdict and fault shape
ADDR_BUSY=203.0.113.16      # busy.gd.test      503 with Retry-After: 120
ADDR_RESET=203.0.113.17     # reset.gd.test     the server resets every connection
ADDR_HANG=203.0.113.18      # hang.gd.test      one of three backends hangs (504 after 2 s)
ADDR_EDGE=203.0.113.19      # cdn520..cdn526.gd.test  CDN-like edge, one origin fault per code
ADDR_PINNED=203.0.113.22    # pinned.gd.test    the address every resolver gives (works)
ADDR_PINNED_DEAD=203.0.113.98  # pinned.gd.test in the PC's hosts file (hosts-file-override): dead
ADDR_BIG=203.0.113.23       # big.gd.test       a 200 KB page (path-mtu-blackhole), /small a tiny one
ADDR_DUAL=203.0.113.24      # dual.gd.test      A and AAAA (ipv6-broken)
ADDR_SHOP=203.0.113.31      # shop.gd.test      HTTP redirects to HTTPS; 443 blocked in https-blocked
ADDR_PORTAL=203.0.113.40    # portal.gd.test    the captive portal's login page
ADDR_SECURE=203.0.113.60    # secure.gd.test    healthy HTTPS (lab CA)
ADDR_EXPIRED=203.0.113.61   # expired.gd.test   HTTPS, expired certificate (lab CA)
ADDR_WRONGNAME=203.0.113.62 # wrongname.gd.test HTTPS, certificate for other.gd.test (lab CA)
ADDR_SELFSIGNED=203.0.113.63 # selfsigned.gd.test HTTPS, self-signed certificate (unknown issuer)
ADDR_UNROUTED=203.0.113.96  # no host: the edge's origin for 523 (host unreachable)

# IPv6 (documentation prefix 2001:db8::/32 only). The router, ISP and net are always dual-stack;
# the PC gets IPv6 only in scenarios that need it (ipv6-broken), so the IPv4 scenarios stay as they were.
PC_IP6=2001:db8:77::10
ROUTER_LAN_IP6=2001:db8:77::1
ISP_CUST_IP6=2001:db8:100::1
ROUTER_WAN_IP6=2001:db8:100::2
ISP_UP_IP6=2001:db8:100:4::5
NET_LINK_IP6=2001:db8:100:4::6
ADDR_DUAL6=2001:db8:113::24

# MTU of the router's uplink in path-mtu-blackhole (PPPoE-like; big.gd.test's page needs full-size packets)
BLACKHOLE_MTU=1400

NET_HOST_ADDRS=("$ADDR_WWW" "$ADDR_REFUSED" "$ADDR_GARBAGE" "$ADDR_SLOW" "$ADDR_FLAKY" "$ADDR_CDN"
  "$ADDR_GONE" "$ADDR_MOVED" "$ADDR_FW" "$RESOLVER_ISP" "$RESOLVER_ALT1" "$RESOLVER_ALT2"
  "$ADDR_CONTROL1" "$ADDR_CONTROL2" "$ADDR_PROXY" "$ADDR_BUSY" "$ADDR_RESET" "$ADDR_HANG" "$ADDR_EDGE"
  "$ADDR_PINNED" "$ADDR_BIG" "$ADDR_DUAL" "$ADDR_SHOP" "$ADDR_PORTAL" "$ADDR_SECURE" "$ADDR_EXPIRED"
  "$ADDR_WRONGNAME" "$ADDR_SELFSIGNED")

# name,address pairs every lab resolver knows (moved.gd.test differs per resolver: see lab.sh)
LAB_HOST_RECORDS=(
  "www.gd.test,$ADDR_WWW" "refused.gd.test,$ADDR_REFUSED" "garbage.gd.test,$ADDR_GARBAGE"
  "slow.gd.test,$ADDR_SLOW" "flaky.gd.test,$ADDR_FLAKY" "cdn.gd.test,$ADDR_CDN"
  "gone.gd.test,$ADDR_GONE" "fw.gd.test,$ADDR_FW" "control.gd.test,$ADDR_CONTROL1"
  "control2.gd.test,$ADDR_CONTROL2" "proxy.gd.test,$ADDR_PROXY"
  "router.home.gd.test,$ROUTER_LAN_IP" "edge.isp.gd.test,$ISP_CUST_IP" "core.isp.gd.test,$ISP_UP_IP"
  "busy.gd.test,$ADDR_BUSY" "reset.gd.test,$ADDR_RESET" "hang.gd.test,$ADDR_HANG"
  "cdn520.gd.test,$ADDR_EDGE" "cdn521.gd.test,$ADDR_EDGE" "cdn522.gd.test,$ADDR_EDGE" "cdn523.gd.test,$ADDR_EDGE"
  "cdn524.gd.test,$ADDR_EDGE" "cdn525.gd.test,$ADDR_EDGE" "cdn526.gd.test,$ADDR_EDGE"
  "pinned.gd.test,$ADDR_PINNED" "big.gd.test,$ADDR_BIG" "dual.gd.test,$ADDR_DUAL,$ADDR_DUAL6"
  "shop.gd.test,$ADDR_SHOP" "portal.gd.test,$ADDR_PORTAL" "secure.gd.test,$ADDR_SECURE"
  "expired.gd.test,$ADDR_EXPIRED" "wrongname.gd.test,$ADDR_WRONGNAME" "selfsigned.gd.test,$ADDR_SELFSIGNED"
)
# Names whose own DNS is broken (site-dns-failing): every lab resolver forwards them to a broken
# authoritative server in upstream.mjs: SERVFAIL for brokendns, silence for silentdns.
BROKEN_DNS_NAME=brokendns.gd.test
SILENT_DNS_NAME=silentdns.gd.test
AUTH_SERVFAIL_PORT=5300 # (ports of upstream.mjs)
AUTH_SILENT_PORT=5301

SCENARIO_NAMES=(healthy site-502-refused site-502-invalid site-504 site-intermittent cdn-origin-error
  site-unreachable proxy-error dns-resolver-failing dns-stale-answer local-network-down isp-outage
  isp-path-degraded firewall-blocking
  # round two (scenarios-new.sh): new verdicts, then known fault shapes that keep their verdict
  captive-portal captive-portal-https hosts-file-override path-mtu-blackhole local-network-degraded
  healthy-https tls-expired tls-wrong-name tls-unknown-issuer site-dns-failing site-dns-timeout ipv6-broken
  router-dns-hung dhcp-failed https-blocked proxy-refused site-503-retry-after origin-resets backend-hangs
  cdn-520 cdn-521 cdn-522 cdn-523 cdn-524 cdn-525 cdn-526 dns-all-dead)
