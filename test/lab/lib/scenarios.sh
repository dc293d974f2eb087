# shellcheck shell=bash
# Lab scenarios (sourced by lab.sh). One per verdict (docs/architecture.md); each fault is real (nginx,
# dnsmasq, nftables, links) and ends with a self-check from gd-pc that prints PASS/FAIL lines.
# Every fault lives in an nftables table named gd_fault (or a link set down), so a reset is cheap.

LAB_FAILS=0
expect() {
  local desc="$1"
  shift
  if "$@"; then echo "PASS $desc"; else echo "FAIL $desc"; LAB_FAILS=$((LAB_FAILS + 1)); fi
}
pc() { ip netns exec "$NS_PC" "$@"; }
# http_code <url> [curl args...]: the status code seen from gd-pc (000 when no HTTP answer).
http_code() {
  local url="$1"
  shift
  pc curl -s -o /dev/null -w '%{http_code}' --noproxy '*' --max-time 2 "$@" "$url" || true
}
is() { [ "$1" = "$2" ]; }
pc_ping() { pc ping -n -q -c 1 -W 1 "$1" >/dev/null 2>&1; }
pc_no_ping() { ! pc_ping "$1"; }
# dig_a <resolver> <name>: the A records (empty on timeout)
dig_a() { pc dig +short +time=1 +tries=1 "@$1" "$2" A 2>/dev/null | grep -E '^[0-9.]+$' | sort | tr '\n' ' ' | sed 's/ $//' || true; }
dig_silent() { ! pc dig +time=1 +tries=1 "@$1" "$2" A >/dev/null 2>&1; }

fault_rules() { ip netns exec "$1" nft -f -; }

reset_faults() {
  local ns
  for ns in "${LAB_NAMESPACES[@]}"; do
    ip netns exec "$ns" nft delete table inet gd_fault 2>/dev/null || true
  done
  ip -n "$NS_ISP" link set cust0 up
  # Round two: the PC's files, address and IPv6, the uplink's MTU, the router's DNS forwarder.
  reset_round_two
  # Routes that a link going down takes with it; `replace` makes this safe to repeat.
  ip -n "$NS_ISP" route replace 198.51.100.0/30 dev cust0 src "$ISP_CUST_IP" 2>/dev/null || true
  ip -n "$NS_ROUTER" route replace default via "$ISP_CUST_IP" dev wan0
  ip -n "$NS_PC" route replace default via "$ROUTER_LAN_IP" dev eth0
  wait_links_up
  ipv6_routes
  # A cut link leaves INCOMPLETE/FAILED neighbour entries that would keep failing for a second.
  for ns in "${LAB_NAMESPACES[@]}"; do ip -n "$ns" neigh flush all >/dev/null 2>&1 || true; done
}

# A link coming back up is applied by the kernel's linkwatch up to a second later; until then the
# router drops what it forwards. Wait for every lab link to be operationally up.
wait_links_up() {
  local i
  for i in $(seq 1 40); do
    if [[ "$(ip -n "$NS_ROUTER" -o link show wan0)" == *"state UP"* &&
      "$(ip -n "$NS_ISP" -o link show cust0)" == *"state UP"* ]]; then
      return 0
    fi
    sleep 0.05
  done
  die "the router's uplink did not come back up"
}

# --------------------------------------------------------------- faults

# The ISP hop rate-limits its "time exceeded" replies, as real routers do: traceroute shows loss at
# hop 2 that does not carry through. It must never be blamed.
isp_rate_limits_icmp() {
  fault_rules "$NS_ISP" <<'EOF'
table inet gd_fault {
  chain output {
    type filter hook output priority filter; policy accept;
    icmp type time-exceeded limit rate over 1/second burst 1 packets drop
  }
}
EOF
}
trace_shows_rate_limit() {
  local trace
  trace=$(pc traceroute -n -q 3 -w 1 -m 6 "$1" 2>/dev/null || true)
  expect "traceroute: hop 2 (ISP) rate-limits, loss there" grep -qE '^ *2 .*\*' <<<"$trace"
  expect "traceroute: the destination answers every probe" \
    grep -qE "^ *3 +$1 +[0-9.]+ ms +[0-9.]+ ms +[0-9.]+ ms" <<<"$trace"
}

apply_healthy() { isp_rate_limits_icmp; }
check_healthy() {
  expect "site answers 200" is "$(http_code "http://www.gd.test/")" 200
  expect "control site answers 200" is "$(http_code "http://$ADDR_CONTROL1/")" 200
  expect "ISP resolver answers www.gd.test" is "$(dig_a "$RESOLVER_ISP" www.gd.test)" "$ADDR_WWW"
  trace_shows_rate_limit "$ADDR_WWW"
}

apply_site_502_refused() { :; }
check_site_502_refused() {
  local body
  expect "refused.gd.test answers 502" is "$(http_code "http://refused.gd.test/")" 502
  body=$(pc curl -s --noproxy '*' --max-time 2 "http://refused.gd.test/" || true)
  expect "the 502 page is nginx's" grep -q '<center>nginx' <<<"$body"
  expect "control site answers 200" is "$(http_code "http://$ADDR_CONTROL1/")" 200
}

apply_site_502_invalid() { :; }
check_site_502_invalid() {
  expect "garbage.gd.test answers 502" is "$(http_code "http://garbage.gd.test/")" 502
  expect "nginx logged an invalid upstream header" grep -q 'upstream sent invalid header' "$GD_STATE/nginx/logs/error.log"
}

apply_site_504() { :; }
check_site_504() {
  expect "slow.gd.test answers 504 (nginx waits 1 s)" is "$(http_code "http://slow.gd.test/" --max-time 3)" 504
}

apply_site_intermittent() { :; }
check_site_intermittent() {
  local codes="" i
  for i in 1 2 3 4; do codes+="$(http_code "http://flaky.gd.test/") "; done
  expect "flaky.gd.test mixes 200 and 502 ($codes)" bash -c '[[ "$1" == *200* && "$1" == *502* ]]' _ "$codes"
}

apply_cdn_origin_error() { :; }
check_cdn_origin_error() {
  local head
  head=$(pc curl -s -D - -o /dev/null --noproxy '*' --max-time 2 "http://cdn.gd.test/" || true)
  expect "cdn.gd.test answers 502" grep -q '^HTTP/1.1 502' <<<"$head"
  expect "the edge says Server: cloudflare" grep -qi '^server: cloudflare' <<<"$head"
  expect "the edge sends a cf-ray id" grep -qiE '^cf-ray: [0-9a-f]{16}-LAB' <<<"$head"
}

apply_site_unreachable() {
  fault_rules "$NS_NET" <<EOF
table inet gd_fault {
  chain input {
    type filter hook input priority filter - 10; policy accept;
    ip daddr $ADDR_GONE drop
  }
}
EOF
}
check_site_unreachable() {
  expect "gone.gd.test does not answer HTTP" is "$(http_code "http://gone.gd.test/" --max-time 1)" 000
  expect "gone.gd.test does not answer ping" pc_no_ping "$ADDR_GONE"
  expect "DNS still answers for it" is "$(dig_a "$RESOLVER_ISP" gone.gd.test)" "$ADDR_GONE"
  expect "control site answers 200" is "$(http_code "http://$ADDR_CONTROL1/")" 200
}

apply_proxy_error() { :; }
check_proxy_error() {
  local code
  code=$(pc curl -s -o /dev/null -w '%{http_code}' --max-time 2 -x "http://$ADDR_PROXY:$PROXY_PORT" "http://www.gd.test/" || true)
  expect "through the proxy: 502" is "$code" 502
  expect "direct: 200" is "$(http_code "http://www.gd.test/")" 200
}

apply_dns_resolver_failing() {
  fault_rules "$NS_NET" <<EOF
table inet gd_fault {
  chain input {
    type filter hook input priority filter - 10; policy accept;
    ip daddr $RESOLVER_ISP meta l4proto { tcp, udp } th dport 53 drop
  }
}
EOF
}
check_dns_resolver_failing() {
  expect "the ISP resolver is silent" dig_silent "$RESOLVER_ISP" www.gd.test
  expect "alternative 1 answers" is "$(dig_a "$RESOLVER_ALT1" www.gd.test)" "$ADDR_WWW"
  expect "alternative 2 answers" is "$(dig_a "$RESOLVER_ALT2" www.gd.test)" "$ADDR_WWW"
  expect "the site answers at its address" is "$(http_code "http://www.gd.test/" --resolve "www.gd.test:80:$ADDR_WWW")" 200
}

apply_dns_stale_answer() { :; } # the ISP resolver always has the old address of moved.gd.test
check_dns_stale_answer() {
  expect "ISP resolver: the old address" is "$(dig_a "$RESOLVER_ISP" moved.gd.test)" "$ADDR_OLD"
  expect "alternatives: the new address" is "$(dig_a "$RESOLVER_ALT1" moved.gd.test)" "$ADDR_MOVED"
  expect "the old address is dead" is "$(http_code "http://moved.gd.test/" --resolve "moved.gd.test:80:$ADDR_OLD")" 000
  expect "the new address works" is "$(http_code "http://moved.gd.test/" --resolve "moved.gd.test:80:$ADDR_MOVED")" 200
}

apply_local_network_down() {
  # The router is hung: its LAN interface takes nothing and sends nothing (IP level).
  fault_rules "$NS_ROUTER" <<'EOF'
table inet gd_fault {
  chain prerouting {
    type filter hook prerouting priority raw - 10; policy accept;
    iifname "lan0" drop
  }
  chain output {
    type filter hook output priority raw - 10; policy accept;
    oifname "lan0" drop
  }
}
EOF
}
check_local_network_down() {
  expect "the router does not answer ping" pc_no_ping "$ROUTER_LAN_IP"
  expect "nothing beyond answers" is "$(http_code "http://$ADDR_CONTROL1/" --max-time 1)" 000
}

apply_isp_outage() {
  # The line to the ISP is cut: the ISP side of the router's uplink goes down.
  ip -n "$NS_ISP" link set cust0 down
}
check_isp_outage() {
  expect "the router answers ping" pc_ping "$ROUTER_LAN_IP"
  expect "the ISP hop does not" pc_no_ping "$ISP_CUST_IP"
  expect "the control site does not" is "$(http_code "http://$ADDR_CONTROL1/" --max-time 1)" 000
}

apply_isp_path_degraded() {
  # No netem in this kernel: nftables drops packets entering the ISP from the customer line, so
  # the loss starts at the ISP hop and carries through to every destination. Default: every third
  # packet, counted per protocol so a burst of other traffic cannot hide the loss from a ping (exact
  # rate, stable tests); GD_LAB_LOSS=random gives random drops at the same rate.
  local rules='iifname "cust0" meta l4proto icmp numgen inc mod 3 == 0 drop
    iifname "cust0" meta l4proto udp numgen inc mod 3 == 0 drop
    iifname "cust0" meta l4proto tcp numgen inc mod 3 == 0 drop'
  [ "${GD_LAB_LOSS:-inc}" = random ] && rules='iifname "cust0" numgen random mod 100 < 33 drop'
  fault_rules "$NS_ISP" <<EOF
table inet gd_fault {
  chain prerouting {
    type filter hook prerouting priority raw - 10; policy accept;
    $rules
  }
}
EOF
}
check_isp_path_degraded() {
  local gw dst
  gw=$(pc ping -n -q -c 12 -i 0.02 -W 1 "$ROUTER_LAN_IP" 2>/dev/null | grep -oE '[0-9.]+% packet loss' || true)
  dst=$(pc ping -n -q -c 12 -i 0.02 -W 1 "$ADDR_WWW" 2>/dev/null | grep -oE '[0-9.]+% packet loss' || true)
  expect "no loss to the router ($gw)" is "$gw" "0% packet loss"
  expect "loss to the site ($dst)" bash -c '[[ -n "$1" && "$1" != "0% packet loss" && "$1" != "100% packet loss" ]]' _ "$dst"
}

apply_firewall_blocking() {
  # Also the ISP's ICMP rate limiting: the trace to the site shows loss at hop 2 that is not a fault.
  isp_rate_limits_icmp
  fault_rules "$NS_ROUTER" <<EOF
table inet gd_fault {
  chain forward {
    type filter hook forward priority filter - 10; policy accept;
    ip daddr $ADDR_FW tcp dport { 80, 443 } drop
  }
}
EOF
}
check_firewall_blocking() {
  expect "fw.gd.test answers ping" pc_ping "$ADDR_FW"
  expect "fw.gd.test port 80 is silent" is "$(http_code "http://fw.gd.test/" --max-time 1)" 000
  expect "other sites work" is "$(http_code "http://www.gd.test/")" 200
  trace_shows_rate_limit "$ADDR_FW"
}

# lab_scenario <name>: reset, apply, self-check. Exit status 1 when a check failed.
lab_scenario() {
  local name="$1" fn
  fn="${name//-/_}"
  declare -F "apply_$fn" >/dev/null || die "unknown scenario \"$name\" (see lab.sh list)"
  reset_faults
  "apply_$fn"
  echo "$name" >"$GD_STATE/scenario"
  echo "scenario $name"
  LAB_FAILS=0
  "check_$fn"
  [ "$LAB_FAILS" -eq 0 ] || { echo "scenario $name: $LAB_FAILS check(s) FAILED"; return 1; }
  echo "scenario $name: all checks passed"
}
