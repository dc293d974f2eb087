# shellcheck shell=bash
# `lab.sh selfcheck` (sourced by lab.sh): proves the lab is sealed off from the host's network,
# then that the lab network itself works (hops, resolvers, sites). Prints PASS/FAIL lines.

# veth_peer_ok <ns> <line of `ip -o -d link show type veth`>: the peer lives in a lab namespace
# and points back at this interface.
veth_peer_ok() {
  local ns="$1" line="$2" idx peer_idx peer_ns lab
  idx=$(sed -E 's/^([0-9]+):.*/\1/' <<<"$line")
  peer_idx=$(sed -nE 's/^[0-9]+: [^@]+@if([0-9]+):.*/\1/p' <<<"$line")
  peer_ns=$(sed -nE 's/.* link-netns ([^ ]+) .*/\1/p' <<<"$line")
  [ -n "$peer_idx" ] && [ -n "$peer_ns" ] || { echo "  unexpected: $line" | cut -c1-300; return 1; }
  for lab in "${LAB_NAMESPACES[@]}"; do
    if [ "$lab" = "$peer_ns" ] && [ "$peer_ns" != "$ns" ]; then
      # (no `ip | grep -q` pipe: with pipefail, grep quitting early fails the pipe with SIGPIPE)
      grep -qE "^$peer_idx: [^@]+@if$idx:" <<<"$(ip -n "$peer_ns" -o link show)"
      return
    fi
  done
  return 1
}

root_has_no_lab_veth() {
  # Every veth of the host namespace (normally none) must have its peer outside the lab.
  ! grep -qE 'link-netns gd-' <<<"$(ip -o -d link show type veth 2>/dev/null)"
}

pid_in_ns() { [ "$(ip netns identify "$1" 2>/dev/null)" = "$2" ]; }

lab_selfcheck() {
  local ns line f pid addr gw host_addrs=() trace
  LAB_FAILS=0
  echo "== isolation"
  expect "the host namespace has no veth into the lab" root_has_no_lab_veth
  for ns in "${LAB_NAMESPACES[@]}"; do
    while IFS= read -r line; do
      [ -n "$line" ] || continue
      expect "$ns $(sed -E 's/^[0-9]+: ([^@]+)@.*/\1/' <<<"$line"): veth peer is in a lab namespace" veth_peer_ok "$ns" "$line"
    done < <(ip -n "$ns" -o -d link show type veth)
    expect "$ns has no other link than lo and veths" \
      bash -c '[ -z "$(ip -n "$1" -o -d link show | grep -vE "^[0-9]+: lo:| veth ")" ]' _ "$ns"
  done
  for f in "${DAEMON_PIDFILES[@]}"; do
    pid=$(pid_alive "$GD_STATE/$f" || true)
    ns=${DAEMON_NS[$f]:-$NS_NET}
    expect "daemon $f (pid ${pid:-?}) runs in $ns (ip netns identify)" pid_in_ns "${pid:-0}" "$ns"
  done
  expect "a command run with ip netns exec $NS_PC is in $NS_PC" \
    bash -c '[ "$(ip netns exec "$1" sh -c "ip netns identify \$\$")" = "$1" ]' _ "$NS_PC"
  mapfile -t host_addrs < <(ip -4 -o addr show | awk '{print $4}' | cut -d/ -f1 | grep -v '^127\.' || true)
  gw=$(ip -4 route show default | awk '/^default/ {print $3; exit}' || true)
  [ -n "$gw" ] && host_addrs+=("$gw")
  for addr in "${host_addrs[@]}"; do
    expect "$NS_PC cannot reach the host's address $addr" pc_no_ping "$addr"
  done

  echo "== lab network"
  expect "the PC's resolver is the ISP's" grep -q "^nameserver $RESOLVER_ISP\$" "/etc/netns/$NS_PC/resolv.conf"
  expect "the PC pings its router" pc_ping "$ROUTER_LAN_IP"
  expect "the PC pings the ISP hop" pc_ping "$ISP_CUST_IP"
  expect "the PC pings www.gd.test" pc_ping "$ADDR_WWW"
  expect "the system resolver (from resolv.conf) answers" \
    bash -c '[ "$(ip netns exec "$1" getent ahostsv4 www.gd.test | awk "NR==1{print \$1}")" = "$2" ]' _ "$NS_PC" "$ADDR_WWW"
  for addr in "$RESOLVER_ISP" "$RESOLVER_ALT1" "$RESOLVER_ALT2"; do
    expect "resolver $addr answers www.gd.test" is "$(dig_a "$addr" www.gd.test)" "$ADDR_WWW"
  done
  expect "the router's DNS forwarder answers www.gd.test" is "$(dig_a "$ROUTER_LAN_IP" www.gd.test)" "$ADDR_WWW"
  expect "the PC's hosts file is the lab's (no gd.test names)" \
    bash -c '! grep -q "gd\.test" "/etc/netns/$1/hosts"' _ "$NS_PC"
  expect "the PC has no IPv6 address (IPv4-only unless a scenario says so)" \
    bash -c '[ -z "$(ip -n "$1" -6 -o addr show scope global)" ]' _ "$NS_PC"
  expect "the path beyond the PC is dual-stack (router pings $NET_LINK_IP6)" \
    bash -c 'ip netns exec "$1" ping -n -q -c 1 -W 1 "$2" >/dev/null 2>&1' _ "$NS_ROUTER" "$NET_LINK_IP6"
  expect "the lab CA signs secure.gd.test (curl --cacert)" \
    is "$(http_code "https://secure.gd.test/" --cacert "$GD_STATE/tls/ca.crt")" 200
  expect "www.gd.test answers 200" is "$(http_code "http://www.gd.test/")" 200
  expect "control sites answer 200" is "$(http_code "http://$ADDR_CONTROL1/")$(http_code "http://$ADDR_CONTROL2/")" 200200
  trace=$(pc traceroute -n -q 1 -w 1 -m 6 "$ADDR_WWW" 2>/dev/null || true)
  expect "traceroute hop 1 is the router" grep -qE "^ *1 +$ROUTER_LAN_IP " <<<"$trace"
  expect "traceroute hop 2 is the ISP" grep -qE "^ *2 +$ISP_CUST_IP " <<<"$trace"
  expect "traceroute hop 3 is the site in the internet namespace" grep -qE "^ *3 +$ADDR_WWW " <<<"$trace"
  [ "$LAB_FAILS" -eq 0 ] || { echo "selfcheck: $LAB_FAILS check(s) FAILED"; return 1; }
  echo "selfcheck: all checks passed"
}
