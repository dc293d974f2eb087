#!/usr/bin/env bash
# Gateway Doctor network lab: real faults in Linux network namespaces, never on the host's network.
#
#   bash test/lab/lab.sh up                 build the lab from scratch (tears down any leftovers first)
#   bash test/lab/lab.sh down               stop the daemons (by pid file) and delete the namespaces
#   bash test/lab/lab.sh scenario <name>    reset faults, apply one scenario, self-check it (PASS/FAIL)
#   bash test/lab/lab.sh status             what is up
#   bash test/lab/lab.sh selfcheck          prove isolation from the host and basic connectivity
#   bash test/lab/lab.sh list               scenario names
#
# Topology (see lib/env.sh for every address):
#   gd-pc eth0 ── lan0 gd-router wan0 ── cust0 gd-isp up0 ── isp0 gd-net (sites, resolvers, proxy)
#   192.168.77.10   .1 (NAT)  198.51.100.2   .1        .5      .6      203.0.113.0/24 on lo
# The router also runs a DNS forwarder on .1; router, ISP and net are dual-stack (2001:db8::/32), the PC
# only in scenarios that say so. Scenarios: lib/scenarios.sh (one per verdict), lib/scenarios-new.sh
# and lib/scenarios-shapes.sh (round two).
# veth pairs are created directly inside the lab namespaces: no end ever lives in the host namespace.
set -euo pipefail

LAB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib/env.sh
source "$LAB_DIR/lib/env.sh"
# shellcheck source=lib/nginx-conf.sh
source "$LAB_DIR/lib/nginx-conf.sh"
# shellcheck source=lib/scenarios.sh
source "$LAB_DIR/lib/scenarios.sh"
# shellcheck source=lib/nginx-sites.sh
source "$LAB_DIR/lib/nginx-sites.sh"
# shellcheck source=lib/tls.sh
source "$LAB_DIR/lib/tls.sh"
# shellcheck source=lib/scenarios-new.sh
source "$LAB_DIR/lib/scenarios-new.sh"
# shellcheck source=lib/scenarios-shapes.sh
source "$LAB_DIR/lib/scenarios-shapes.sh"
# shellcheck source=lib/selfcheck.sh
source "$LAB_DIR/lib/selfcheck.sh"

log() { printf 'lab: %s\n' "$*" >&2; }
die() { printf 'lab: error: %s\n' "$*" >&2; exit 1; }
in_ns() { local ns="$1"; shift; ip netns exec "$ns" "$@"; }
ns_exists() { [ -e "/run/netns/$1" ]; }

need_tools() {
  [ "$(id -u)" -eq 0 ] || die "the lab needs root (network namespaces)"
  local t missing=()
  for t in ip nft nginx dnsmasq node curl dig ping traceroute flock openssl; do
    command -v "$t" >/dev/null 2>&1 || missing+=("$t")
  done
  [ ${#missing[@]} -eq 0 ] || die "missing tools: ${missing[*]} (Debian: nginx-light libnginx-mod-http-headers-more-filter dnsmasq-base nftables iproute2 iputils-ping traceroute dnsutils curl openssl)"
}

headers_more_module() {
  local p
  for p in /usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so \
    /usr/share/nginx/modules/ngx_http_headers_more_filter_module.so; do
    [ -f "$p" ] && { echo "$p"; return 0; }
  done
  die "nginx headers-more module not found (Debian: libnginx-mod-http-headers-more-filter)"
}

# ---------------------------------------------------------------- daemons (pid files only)

# pid_alive <pid-file>: prints the pid when the process is alive and is ours (its command line
# mentions the lab state dir), so a recycled pid is never signalled.
pid_alive() {
  local f="$1" pid
  [ -s "$f" ] || return 1
  pid=$(tr -dc '0-9' <"$f")
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  [[ "$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline")" == *"$GD_STATE"* ]] || return 1
  echo "$pid"
}

# proc_running <pid>: alive and not a zombie (daemons are reparented and reaped whenever their new
# parent gets round to it; a zombie has already stopped).
proc_running() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [ "${stat:0:1}" != Z ]
}

stop_pidfile() {
  local f="$1" pid i
  if pid=$(pid_alive "$f"); then
    kill -TERM "$pid" 2>/dev/null || true
    # A daemon a scenario stopped (router-dns-hung) must run again to act on the TERM.
    kill -CONT "$pid" 2>/dev/null || true
    for i in $(seq 1 40); do
      proc_running "$pid" || break
      sleep 0.05
    done
    if proc_running "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$f"
}

start_upstream() {
  local pidf="$GD_STATE/upstream.pid" i
  rm -f "$pidf"
  # `exec` so no bash subshell lingers as the app's parent (it would keep copies of our fds).
  (exec ip netns exec "$NS_NET" node "$LAB_DIR/upstream.mjs" "$pidf" "$ADDR_RESET" >>"$GD_STATE/upstream.log" 2>&1 </dev/null 8>&- 9>&-) &
  for i in $(seq 1 100); do
    [ -s "$pidf" ] && return 0
    sleep 0.05
  done
  die "upstream apps did not start (see $GD_STATE/upstream.log)"
}

start_nginx() {
  lab_write_nginx_conf "$GD_STATE" "$(headers_more_module)"
  in_ns "$NS_NET" nginx -q -t -c "$GD_STATE/nginx/nginx.conf" -p "$GD_STATE/nginx/" \
    >>"$GD_STATE/nginx/logs/start.log" 2>&1 </dev/null 8>&- 9>&- ||
    die "nginx config test failed: $(tail -n 5 "$GD_STATE/nginx/logs/start.log")"
  in_ns "$NS_NET" nginx -c "$GD_STATE/nginx/nginx.conf" -p "$GD_STATE/nginx/" \
    >>"$GD_STATE/nginx/logs/start.log" 2>&1 </dev/null 8>&- 9>&- ||
    die "nginx did not start: $(tail -n 5 "$GD_STATE/nginx/logs/start.log")"
}

# start_dnsmasq <name> <listen-address> <address for moved.gd.test>
start_dnsmasq() {
  local name="$1" addr="$2" moved="$3" rec args=()
  for rec in "${LAB_HOST_RECORDS[@]}"; do args+=("--host-record=$rec"); done
  args+=("--host-record=moved.gd.test,$moved")
  # The broken names' own (authoritative) DNS: SERVFAIL, or no answer at all (upstream.mjs).
  args+=("--server=/$BROKEN_DNS_NAME/127.0.0.1#$AUTH_SERVFAIL_PORT" "--server=/$SILENT_DNS_NAME/127.0.0.1#$AUTH_SILENT_PORT")
  in_ns "$NS_NET" dnsmasq --conf-file=/dev/null --no-resolv --no-hosts --no-poll \
    --listen-address="$addr" --bind-interfaces --port=53 --user=root --group=root \
    --pid-file="$GD_STATE/dns-$name.pid" --log-facility="$GD_STATE/dns-$name.log" --log-queries \
    --local=/gd.test/ --local-ttl=60 "${args[@]}" >>"$GD_STATE/dns-$name.start.log" 2>&1 </dev/null 8>&- 9>&- ||
    die "dnsmasq $name did not start: $(tail -n 5 "$GD_STATE/dns-$name.start.log")"
}

# The home router's own DNS forwarder (as most routers have), on its LAN address, forwarding to
# the ISP resolver. The PC uses it only in router-dns-hung.
start_router_dns() {
  in_ns "$NS_ROUTER" dnsmasq --conf-file=/dev/null --no-resolv --no-hosts --no-poll \
    --listen-address="$ROUTER_LAN_IP" --bind-interfaces --port=53 --user=root --group=root \
    --pid-file="$GD_STATE/dns-router.pid" --log-facility="$GD_STATE/dns-router.log" --log-queries \
    --server="$RESOLVER_ISP" >>"$GD_STATE/dns-router.start.log" 2>&1 </dev/null 8>&- 9>&- ||
    die "the router's dnsmasq did not start: $(tail -n 5 "$GD_STATE/dns-router.start.log")"
}

DAEMON_PIDFILES=(nginx/nginx.pid dns-isp.pid dns-alt1.pid dns-alt2.pid upstream.pid dns-router.pid)
# The namespace each daemon runs in (selfcheck).
declare -A DAEMON_NS=([dns-router.pid]="$NS_ROUTER")

# ---------------------------------------------------------------- up / down

lab_down() {
  local f ns pid pids
  for f in "${DAEMON_PIDFILES[@]}"; do stop_pidfile "$GD_STATE/$f"; done
  for ns in "${LAB_NAMESPACES[@]}"; do
    ns_exists "$ns" || continue
    # Safety net for a half-built or crashed lab whose pid files were lost: anything still running
    # inside a lab namespace belongs to the lab (the namespace could not be freed otherwise).
    pids=$(ip netns pids "$ns" 2>/dev/null || true)
    for pid in $pids; do
      log "stopping leftover process $pid in $ns ($(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | cut -c1-80))"
      kill -KILL "$pid" 2>/dev/null || true
    done
    ip netns del "$ns" 2>/dev/null || true
  done
  rm -rf "/etc/netns/$NS_PC"
  rmdir /etc/netns 2>/dev/null || true
  rm -rf "$GD_STATE"
}

make_namespaces() {
  local ns
  for ns in "${LAB_NAMESPACES[@]}"; do
    ip netns add "$ns"
    ip -n "$ns" link set lo up
    # The PC is IPv4-only unless a scenario gives it IPv6 (ipv6-broken); see make_ipv6.
    # No duplicate address detection (links made later inherit it): IPv6 is usable the moment it is on.
    in_ns "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 \
      net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0 2>/dev/null || true
    # No kernel ICMP rate limiting: the scenarios add their own, on purpose, where wanted.
    in_ns "$ns" sysctl -qw net.ipv4.icmp_ratelimit=0
  done
  for ns in "$NS_ROUTER" "$NS_ISP" "$NS_NET"; do in_ns "$ns" sysctl -qw net.ipv4.ip_forward=1; done
}

make_links() {
  # Each pair is created by a command running inside a lab namespace, peer moved to another one.
  ip -n "$NS_PC" link add eth0 type veth peer name lan0 netns "$NS_ROUTER"
  ip -n "$NS_ROUTER" link add wan0 type veth peer name cust0 netns "$NS_ISP"
  ip -n "$NS_ISP" link add up0 type veth peer name isp0 netns "$NS_NET"

  ip -n "$NS_PC" addr add "$PC_IP/24" dev eth0
  ip -n "$NS_ROUTER" addr add "$ROUTER_LAN_IP/24" dev lan0
  ip -n "$NS_ROUTER" addr add "$ROUTER_WAN_IP/30" dev wan0
  ip -n "$NS_ISP" addr add "$ISP_CUST_IP/30" dev cust0
  ip -n "$NS_ISP" addr add "$ISP_UP_IP/30" dev up0
  ip -n "$NS_NET" addr add "$NET_LINK_IP/30" dev isp0
  local a
  for a in "${NET_HOST_ADDRS[@]}"; do ip -n "$NS_NET" addr add "$a/32" dev lo; done
  ip -n "$NS_PC" link set eth0 up
  ip -n "$NS_ROUTER" link set lan0 up
  ip -n "$NS_ROUTER" link set wan0 up
  ip -n "$NS_ISP" link set cust0 up
  ip -n "$NS_ISP" link set up0 up
  ip -n "$NS_NET" link set isp0 up

  ip -n "$NS_PC" route add default via "$ROUTER_LAN_IP" dev eth0
  ip -n "$NS_ROUTER" route add default via "$ISP_CUST_IP" dev wan0
  # The ISP has no default route: anything outside the lab gets "network unreachable" right there.
  ip -n "$NS_ISP" route add 203.0.113.0/24 via "$NET_LINK_IP" dev up0
  ip -n "$NS_NET" route add 198.51.100.0/24 via "$ISP_UP_IP" dev isp0
  # Unassigned lab addresses (the old server of dns-stale-answer) are dead: host unreachable.
  ip -n "$NS_NET" route add unreachable 203.0.113.0/24
}

# IPv6 on the path router -> ISP -> net (2001:db8::/32 only), always on there; the PC's side is
# switched on by the scenarios that need it (pc_ipv6_on in scenarios-new.sh).
make_ipv6() {
  local ns
  for ns in "$NS_ROUTER" "$NS_ISP" "$NS_NET"; do
    in_ns "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=0 net.ipv6.conf.default.disable_ipv6=0 \
      net.ipv6.conf.all.keep_addr_on_down=1 net.ipv6.conf.all.forwarding=1 net.ipv6.conf.all.accept_ra=0 \
      net.ipv6.icmp.ratelimit=0
  done
  ip -n "$NS_ROUTER" addr add "$ROUTER_LAN_IP6/64" dev lan0 nodad
  ip -n "$NS_ROUTER" addr add "$ROUTER_WAN_IP6/64" dev wan0 nodad
  ip -n "$NS_ISP" addr add "$ISP_CUST_IP6/64" dev cust0 nodad
  ip -n "$NS_ISP" addr add "$ISP_UP_IP6/64" dev up0 nodad
  ip -n "$NS_NET" addr add "$NET_LINK_IP6/64" dev isp0 nodad
  ip -n "$NS_NET" addr add "$ADDR_DUAL6/128" dev lo nodad
  ipv6_routes
}
# Also run by reset_faults: a link going down (isp-outage) takes its routes with it.
ipv6_routes() {
  ip -n "$NS_ROUTER" -6 route replace default via "$ISP_CUST_IP6" dev wan0
  ip -n "$NS_ISP" -6 route replace 2001:db8:77::/64 via "$ROUTER_WAN_IP6" dev cust0
  ip -n "$NS_ISP" -6 route replace 2001:db8:113::/48 via "$NET_LINK_IP6" dev up0
  ip -n "$NS_NET" -6 route replace 2001:db8:77::/64 via "$ISP_UP_IP6" dev isp0
  ip -n "$NS_NET" -6 route replace 2001:db8:100::/64 via "$ISP_UP_IP6" dev isp0
}

# Permanent, not a fault: the CDN edge's origin for 522 is an address whose SYNs vanish.
make_origin_rules() {
  in_ns "$NS_NET" nft -f - <<'EOF'
table ip gd_origin {
  chain output {
    type filter hook output priority filter; policy accept;
    ip daddr 127.0.0.1 tcp dport 8010 drop
  }
}
EOF
}

make_nat() {
  in_ns "$NS_ROUTER" nft -f - <<EOF
table ip gd_nat {
  chain postrouting {
    type nat hook postrouting priority srcnat; policy accept;
    oifname "wan0" masquerade
  }
}
EOF
}

# The PC's resolv.conf and hosts file (`ip netns exec` mounts them over /etc/...); reset_faults
# writes them again, so a scenario may change them.
make_pc_resolver() {
  mkdir -p "/etc/netns/$NS_PC"
  printf '# Gateway Doctor lab: the ISP resolver\nnameserver %s\n' "$RESOLVER_ISP" >"/etc/netns/$NS_PC/resolv.conf"
  printf '# Gateway Doctor lab\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"/etc/netns/$NS_PC/hosts"
}

lab_up() {
  need_tools
  lab_down
  mkdir -p "$GD_STATE"
  chmod 755 "$GD_STATE"
  make_namespaces
  make_links
  make_ipv6
  make_nat
  make_origin_rules
  make_pc_resolver
  lab_make_tls "$GD_STATE"
  start_upstream
  start_nginx
  start_dnsmasq isp "$RESOLVER_ISP" "$ADDR_OLD"
  start_dnsmasq alt1 "$RESOLVER_ALT1" "$ADDR_MOVED"
  start_dnsmasq alt2 "$RESOLVER_ALT2" "$ADDR_MOVED"
  start_router_dns
  echo none >"$GD_STATE/scenario"
  wait_ready
  log "up (state in $GD_STATE)"
}

wait_ready() {
  local i
  for i in $(seq 1 60); do
    if in_ns "$NS_PC" curl -s -o /dev/null --noproxy '*' --max-time 1 "http://$ADDR_CONTROL1/" &&
      [ "$(in_ns "$NS_PC" dig +short +time=1 +tries=1 "@$RESOLVER_ISP" www.gd.test)" = "$ADDR_WWW" ] &&
      [ "$(in_ns "$NS_PC" dig +short +time=1 +tries=1 "@$ROUTER_LAN_IP" www.gd.test)" = "$ADDR_WWW" ]; then
      return 0
    fi
    sleep 0.1
  done
  die "the lab did not become ready (see $GD_STATE)"
}

lab_is_up() {
  local ns f
  for ns in "${LAB_NAMESPACES[@]}"; do ns_exists "$ns" || return 1; done
  for f in "${DAEMON_PIDFILES[@]}"; do pid_alive "$GD_STATE/$f" >/dev/null || return 1; done
}

lab_status() {
  local ns f pid
  for ns in "${LAB_NAMESPACES[@]}"; do
    if ns_exists "$ns"; then echo "namespace $ns: present"; else echo "namespace $ns: absent"; fi
  done
  for f in "${DAEMON_PIDFILES[@]}"; do
    if pid=$(pid_alive "$GD_STATE/$f"); then echo "daemon $f: running (pid $pid)"; else echo "daemon $f: stopped"; fi
  done
  echo "scenario: $(cat "$GD_STATE/scenario" 2>/dev/null || echo none)"
  if lab_is_up; then echo "lab: up"; else echo "lab: down"; return 3; fi
}

# Daemons started here must not keep the caller's file descriptors (a caller's lock, a test
# runner's pipe) open for their whole life: close everything above stderr first.
close_inherited_fds() {
  local fd fds
  fds=$(ls /proc/$$/fd)
  for fd in $fds; do
    case "$fd" in 0 | 1 | 2 | 255) ;; *) eval "exec $fd>&-" 2>/dev/null || true ;; esac
  done
}

main() {
  local cmd="${1:-}"
  close_inherited_fds
  case "$cmd" in
    list) printf '%s\n' "${SCENARIO_NAMES[@]}"; return 0 ;;
    up | down | scenario | status | selfcheck) ;;
    *) echo "usage: lab.sh up|down|scenario <name>|status|selfcheck|list" >&2; return 2 ;;
  esac
  # One lab per machine. A test or bench run holds the session lock for its whole duration (see
  # lab.ts) and marks its own commands with GD_LAB_IN_SESSION=1; anyone else waits for it to end.
  if [ "${GD_LAB_IN_SESSION:-}" != 1 ]; then
    exec 8>"$GD_SESSION_LOCK"
    flock -w 300 8 || die "the lab is in use by a test or bench run (lock $GD_SESSION_LOCK)"
  fi
  # Serialise every command too (the daemons never inherit the lock fds 8 and 9).
  exec 9>"$GD_LOCK"
  flock -w 180 9 || die "another lab command holds $GD_LOCK"
  case "$cmd" in
    up) lab_up ;;
    down) lab_down; log "down" ;;
    status) lab_status ;;
    selfcheck)
      lab_is_up || die "the lab is not up (run: lab.sh up)"
      reset_faults && echo none >"$GD_STATE/scenario"
      lab_selfcheck
      ;;
    scenario)
      [ -n "${2:-}" ] || die "usage: lab.sh scenario <name> (see lab.sh list)"
      lab_is_up || die "the lab is not up (run: lab.sh up)"
      lab_scenario "$2"
      ;;
  esac
}

main "$@"
