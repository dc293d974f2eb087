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

NET_HOST_ADDRS=("$ADDR_WWW" "$ADDR_REFUSED" "$ADDR_GARBAGE" "$ADDR_SLOW" "$ADDR_FLAKY" "$ADDR_CDN"
  "$ADDR_GONE" "$ADDR_MOVED" "$ADDR_FW" "$RESOLVER_ISP" "$RESOLVER_ALT1" "$RESOLVER_ALT2"
  "$ADDR_CONTROL1" "$ADDR_CONTROL2" "$ADDR_PROXY")

# name,address pairs every lab resolver knows (moved.gd.test differs per resolver: see lab.sh)
LAB_HOST_RECORDS=(
  "www.gd.test,$ADDR_WWW" "refused.gd.test,$ADDR_REFUSED" "garbage.gd.test,$ADDR_GARBAGE"
  "slow.gd.test,$ADDR_SLOW" "flaky.gd.test,$ADDR_FLAKY" "cdn.gd.test,$ADDR_CDN"
  "gone.gd.test,$ADDR_GONE" "fw.gd.test,$ADDR_FW" "control.gd.test,$ADDR_CONTROL1"
  "control2.gd.test,$ADDR_CONTROL2" "proxy.gd.test,$ADDR_PROXY"
  "router.home.gd.test,$ROUTER_LAN_IP" "edge.isp.gd.test,$ISP_CUST_IP" "core.isp.gd.test,$ISP_UP_IP"
)

SCENARIO_NAMES=(healthy site-502-refused site-502-invalid site-504 site-intermittent cdn-origin-error
  site-unreachable proxy-error dns-resolver-failing dns-stale-answer local-network-down isp-outage
  isp-path-degraded firewall-blocking)
