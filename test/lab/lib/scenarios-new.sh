# shellcheck shell=bash
# Round-two scenarios, part 1 (sourced by lab.sh): one per new verdict. Same rules as scenarios.sh:
# a real fault, reset by reset_faults, and a self-check from gd-pc that proves it (PASS/FAIL lines).

PC_LINK_LOCAL=169.254.77.10 # the PC's self-assigned address in dhcp-failed

# Undoes what round-two scenarios change besides gd_fault tables (called by reset_faults).
reset_round_two() {
  local pid ns
  make_pc_resolver # resolv.conf and hosts file back to the lab's
  if pid=$(pid_alive "$GD_STATE/dns-router.pid"); then kill -CONT "$pid" 2>/dev/null || true; fi
  ip -n "$NS_PC" addr del "$PC_LINK_LOCAL/16" dev eth0 2>/dev/null || true
  [[ "$(ip -n "$NS_PC" -4 -o addr show dev eth0)" == *" $PC_IP/24 "* ]] || ip -n "$NS_PC" addr add "$PC_IP/24" dev eth0
  ip netns exec "$NS_PC" sysctl -qw net.ipv6.conf.all.disable_ipv6=1
  ip -n "$NS_ROUTER" link set wan0 mtu 1500
  ip -n "$NS_ISP" link set cust0 mtu 1500
  # No learned path MTU may outlive path-mtu-blackhole.
  for ns in "${LAB_NAMESPACES[@]}"; do ip netns exec "$ns" sysctl -qw net.ipv4.route.flush=1 2>/dev/null || true; done
}

# pc_exit <command...>: the exit status of a command in gd-pc (output dropped)
pc_exit() {
  local rc=0
  pc "$@" >/dev/null 2>&1 || rc=$?
  echo "$rc"
}
# loss_to <ping args...>: "N% packet loss" of 12 quick pings from gd-pc
loss_to() { pc ping -n -q -c 12 -i 0.02 -W 1 "$@" 2>/dev/null | grep -oE '[0-9.]+% packet loss' || true; }
some_loss() { [[ -n "$1" && "$1" != "0% packet loss" && "$1" != "100% packet loss" ]]; }
# dig_status <resolver> <name> [type]: the rcode (NOERROR, SERVFAIL...), empty when nothing answered
dig_status() { pc dig +time=1 +tries=1 "@$1" "$2" "${3:-A}" 2>/dev/null | sed -nE 's/.*status: ([A-Z]+).*/\1/p' || true; }
# dig_status_all <name>: the rcodes of the ISP resolver and both alternatives ("none": no answer),
# asked in parallel so that three silent resolvers cost one timeout, not three
dig_status_all() {
  local dir r out=()
  dir=$(mktemp -d "$GD_STATE/dig.XXXXXX")
  for r in "$RESOLVER_ISP" "$RESOLVER_ALT1" "$RESOLVER_ALT2"; do
    (
      st=$(dig_status "$r" "$1")
      echo "${st:-none}" >"$dir/$r"
    ) &
  done
  wait
  for r in "$RESOLVER_ISP" "$RESOLVER_ALT1" "$RESOLVER_ALT2"; do out+=("$(cat "$dir/$r")"); done
  rm -rf "$dir"
  echo "${out[*]}"
}
dig_short() { pc dig +short +time=1 +tries=1 "@$1" "$2" "$3" 2>/dev/null | sort | tr '\n' ' ' | sed 's/ $//' || true; }
# tls_verify_code <host>: OpenSSL's verify result for the host's certificate against the lab CA
# (0 ok, 10 expired, 18 self-signed, 62 wrong name)
tls_verify_code() {
  pc timeout 3 openssl s_client -connect "$1:443" -servername "$1" -verify_hostname "$1" \
    -CAfile "$GD_STATE/tls/ca.crt" </dev/null 2>/dev/null | sed -nE 's/^ *Verify return code: ([0-9]+).*/\1/p' | head -n 1 || true
}
LAB_CA_ARGS=(--cacert "$GD_STATE/tls/ca.crt")

# ---------------------------------------------------------------- captive-portal

# The router hands every plain-HTTP connection from the LAN to the portal and drops HTTPS; DNS and
# ping still work, as in most hotels before sign-in.
apply_captive_portal() {
  fault_rules "$NS_ROUTER" <<EOF
table inet gd_fault {
  chain prerouting {
    type nat hook prerouting priority dstnat - 10; policy accept;
    iifname "lan0" meta nfproto ipv4 tcp dport 80 dnat ip to $ADDR_PORTAL:80
  }
  chain forward {
    type filter hook forward priority filter - 10; policy accept;
    iifname "lan0" tcp dport 443 drop
  }
}
EOF
}
redirect_of() { pc curl -s -o /dev/null -w '%{http_code} %{redirect_url}' --noproxy '*' --max-time 2 "$1" || true; }
check_captive_portal() {
  local portal="http://portal.gd.test/login"
  expect "www.gd.test: 302 to the portal" is "$(redirect_of "http://www.gd.test/")" "302 $portal?continue=http://www.gd.test/"
  expect "the control site: 302 to the portal" is "$(redirect_of "http://control.gd.test/")" "302 $portal?continue=http://control.gd.test/"
  expect "a bare address too: 302 to the portal" is "$(redirect_of "http://$ADDR_CONTROL2/")" "302 $portal?continue=http://$ADDR_CONTROL2/"
  expect "the portal's login page" grep -q 'Lab Hotel Wi-Fi' <<<"$(pc curl -s --noproxy '*' --max-time 2 "$portal" || true)"
  expect "HTTPS to the outside fails" is "$(http_code "https://secure.gd.test/" --max-time 1 "${LAB_CA_ARGS[@]}")" 000
  expect "DNS still answers" is "$(dig_a "$RESOLVER_ISP" www.gd.test)" "$ADDR_WWW"
  expect "ping still works" pc_ping "$ADDR_WWW"
}
apply_captive_portal_https() { apply_captive_portal; }
check_captive_portal_https() { check_captive_portal; }

# ---------------------------------------------------------------- hosts-file-override

apply_hosts_file_override() {
  printf '# the old test server\n%s\tpinned.gd.test\n' "$ADDR_PINNED_DEAD" >>"/etc/netns/$NS_PC/hosts"
}
check_hosts_file_override() {
  local r
  expect "the hosts file pins pinned.gd.test" grep -qE "^$ADDR_PINNED_DEAD\s+pinned\.gd\.test" "/etc/netns/$NS_PC/hosts"
  expect "the system lookup (getent) says $ADDR_PINNED_DEAD" \
    is "$(pc getent ahostsv4 pinned.gd.test | awk 'NR==1{print $1}')" "$ADDR_PINNED_DEAD"
  for r in "$RESOLVER_ISP" "$RESOLVER_ALT1" "$RESOLVER_ALT2"; do
    expect "resolver $r says $ADDR_PINNED" is "$(dig_a "$r" pinned.gd.test)" "$ADDR_PINNED"
  done
  expect "the pinned address is dead" is "$(http_code "http://pinned.gd.test/" --max-time 1)" 000
  expect "the DNS address works" is "$(http_code "http://pinned.gd.test/" --resolve "pinned.gd.test:80:$ADDR_PINNED")" 200
}

# ---------------------------------------------------------------- path-mtu-blackhole

# The router's uplink carries 1400-byte packets (PPPoE-like) and both ends of it drop their
# "fragmentation needed" / "packet too big" messages. No MSS clamping anywhere.
apply_path_mtu_blackhole() {
  local ns
  ip -n "$NS_ROUTER" link set wan0 mtu "$BLACKHOLE_MTU"
  ip -n "$NS_ISP" link set cust0 mtu "$BLACKHOLE_MTU"
  for ns in "$NS_ROUTER" "$NS_ISP"; do
    fault_rules "$ns" <<'EOF'
table inet gd_fault {
  chain output {
    type filter hook output priority filter - 10; policy accept;
    icmp type destination-unreachable icmp code frag-needed drop
    icmpv6 type packet-too-big drop
  }
}
EOF
  done
}
check_path_mtu_blackhole() {
  expect "DF ping of 1472 bytes to the router works" is "$(pc_exit ping -n -q -c 1 -W 1 -M do -s 1472 "$ROUTER_LAN_IP")" 0
  expect "DF ping of 1472 bytes beyond the router fails" is "$(pc_exit ping -n -q -c 1 -W 1 -M do -s 1472 "$ADDR_BIG")" 1
  expect "DF ping of 1300 bytes beyond the router works" is "$(pc_exit ping -n -q -c 1 -W 1 -M do -s 1300 "$ADDR_BIG")" 0
  expect "the small page answers 200" is "$(http_code "http://big.gd.test/small")" 200
  expect "the 200 KB page stalls (curl times out)" \
    is "$(pc_exit curl -s -o /dev/null --noproxy '*' --max-time 1 "http://big.gd.test/")" 28
  expect "no MSS clamping on the router" bash -c '! ip netns exec "$1" nft list ruleset | grep -q maxseg' _ "$NS_ROUTER"
}

# ---------------------------------------------------------------- local-network-degraded

# The PC's link to the router loses packets (weak Wi-Fi): every third packet of each protocol the
# router receives from the LAN (GD_LAB_LOSS=random: random drops at the same rate).
apply_local_network_degraded() {
  local rules='iifname "lan0" meta l4proto icmp numgen inc mod 3 == 0 drop
    iifname "lan0" meta l4proto udp numgen inc mod 3 == 0 drop
    iifname "lan0" meta l4proto tcp numgen inc mod 3 == 0 drop'
  [ "${GD_LAB_LOSS:-inc}" = random ] && rules='iifname "lan0" numgen random mod 100 < 33 drop'
  fault_rules "$NS_ROUTER" <<EOF
table inet gd_fault {
  chain prerouting {
    type filter hook prerouting priority raw - 10; policy accept;
    $rules
  }
}
EOF
}
check_local_network_degraded() {
  local gw dst
  gw=$(loss_to "$ROUTER_LAN_IP")
  dst=$(loss_to "$ADDR_WWW")
  expect "loss to the router itself ($gw)" some_loss "$gw"
  expect "loss beyond it too ($dst)" some_loss "$dst"
}

# ---------------------------------------------------------------- tls-certificate-error

apply_healthy_https() { :; }
check_healthy_https() {
  expect "secure.gd.test answers 200 (curl trusts the lab CA)" is "$(http_code "https://secure.gd.test/" "${LAB_CA_ARGS[@]}")" 200
  expect "openssl: the certificate verifies" is "$(tls_verify_code secure.gd.test)" 0
}
check_tls_site_fails() {
  expect "curl refuses the certificate (exit 60)" \
    is "$(pc_exit curl -s -o /dev/null --noproxy '*' --max-time 2 "${LAB_CA_ARGS[@]}" "https://$1/")" 60
  expect "control sites (plain HTTP) answer 200" is "$(http_code "http://$ADDR_CONTROL1/")" 200
  expect "the healthy HTTPS site works" is "$(http_code "https://secure.gd.test/" "${LAB_CA_ARGS[@]}")" 200
}
apply_tls_expired() { :; }
check_tls_expired() {
  expect "openssl: certificate has expired (10)" is "$(tls_verify_code expired.gd.test)" 10
  check_tls_site_fails expired.gd.test
}
apply_tls_wrong_name() { :; }
check_tls_wrong_name() {
  expect "openssl: hostname mismatch (62)" is "$(tls_verify_code wrongname.gd.test)" 62
  expect "the certificate is for other.gd.test" grep -q 'DNS:other.gd.test' \
    <<<"$(pc timeout 3 openssl s_client -connect wrongname.gd.test:443 -servername wrongname.gd.test </dev/null 2>/dev/null |
      openssl x509 -noout -ext subjectAltName 2>/dev/null || true)"
  check_tls_site_fails wrongname.gd.test
}
apply_tls_unknown_issuer() { :; }
check_tls_unknown_issuer() {
  expect "openssl: self-signed certificate (18)" is "$(tls_verify_code selfsigned.gd.test)" 18
  check_tls_site_fails selfsigned.gd.test
}

# ---------------------------------------------------------------- site-dns-failing

check_control_names_resolve() {
  local r
  for r in "$RESOLVER_ISP" "$RESOLVER_ALT1" "$RESOLVER_ALT2"; do
    expect "resolver $r: control.gd.test resolves" is "$(dig_a "$r" control.gd.test)" "$ADDR_CONTROL1"
  done
}
apply_site_dns_failing() { :; } # every lab resolver forwards brokendns.gd.test to a SERVFAIL server
check_site_dns_failing() {
  local st
  st=$(dig_status_all "$BROKEN_DNS_NAME")
  expect "ISP resolver and both alternatives: $BROKEN_DNS_NAME SERVFAIL ($st)" is "$st" "SERVFAIL SERVFAIL SERVFAIL"
  check_control_names_resolve
}
apply_site_dns_timeout() { :; } # ... and silentdns.gd.test to a server that never answers
check_site_dns_timeout() {
  local st
  st=$(dig_status_all "$SILENT_DNS_NAME")
  expect "ISP resolver and both alternatives: no answer for $SILENT_DNS_NAME ($st)" is "$st" "none none none"
  check_control_names_resolve
}

# ---------------------------------------------------------------- ipv6-broken

# The PC gets IPv6 (static, no duplicate address detection, so no wait) and a default route.
pc_ipv6_on() {
  ip netns exec "$NS_PC" sysctl -qw net.ipv6.conf.all.disable_ipv6=0 net.ipv6.conf.all.accept_ra=0 \
    net.ipv6.conf.eth0.accept_ra=0
  ip -n "$NS_PC" addr add "$PC_IP6/64" dev eth0 nodad
  ip -n "$NS_PC" -6 route replace default via "$ROUTER_LAN_IP6" dev eth0
}
apply_ipv6_broken() {
  pc_ipv6_on
  # The ISP loses all IPv6 from the customer line beyond its first hop (a broken IPv6 transit).
  fault_rules "$NS_ISP" <<'EOF'
table inet gd_fault {
  chain forward {
    type filter hook forward priority filter - 10; policy accept;
    iifname "cust0" meta nfproto ipv6 drop
  }
}
EOF
}
check_ipv6_broken() {
  local r
  for r in "$RESOLVER_ISP" "$RESOLVER_ALT1" "$RESOLVER_ALT2"; do
    expect "resolver $r: dual.gd.test A and AAAA" \
      is "$(dig_short "$r" dual.gd.test A) $(dig_short "$r" dual.gd.test AAAA)" "$ADDR_DUAL $ADDR_DUAL6"
  done
  expect "the PC has an IPv6 default route" grep -q "default via $ROUTER_LAN_IP6" <<<"$(ip -n "$NS_PC" -6 route show default)"
  expect "ping -6 to the router works" pc_ping "$ROUTER_LAN_IP6"
  expect "ping -6 to the site fails" pc_no_ping "$ADDR_DUAL6"
  expect "curl -4 answers 200" is "$(http_code "http://dual.gd.test/" -4)" 200
  expect "curl -6 times out" is "$(pc_exit curl -s -o /dev/null --noproxy '*' --max-time 1 -6 "http://dual.gd.test/")" 28
}
