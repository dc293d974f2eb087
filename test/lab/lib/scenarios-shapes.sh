# shellcheck shell=bash
# Round-two scenarios, part 2 (sourced by lab.sh): fault shapes people really meet that must keep
# an existing verdict. Helpers come from scenarios.sh and scenarios-new.sh.

# ---------------------------------------------------------------- router-dns-hung

# The PC asks the home router's own DNS forwarder, and that forwarder hangs (stopped, not killed:
# queries queue up unanswered, as in a wedged router) while the router itself still pings.
apply_router_dns_hung() {
  local pid
  printf '# Gateway Doctor lab: the home router (its DNS forwarder)\nnameserver %s\n' "$ROUTER_LAN_IP" \
    >"/etc/netns/$NS_PC/resolv.conf"
  pid=$(pid_alive "$GD_STATE/dns-router.pid") || die "the router's DNS forwarder is not running"
  kill -STOP "$pid"
}
check_router_dns_hung() {
  expect "the PC's resolver is the router" grep -q "^nameserver $ROUTER_LAN_IP\$" "/etc/netns/$NS_PC/resolv.conf"
  expect "the router answers ping" pc_ping "$ROUTER_LAN_IP"
  expect "the router's DNS is silent" dig_silent "$ROUTER_LAN_IP" www.gd.test
  expect "the ISP resolver behind it answers" is "$(dig_a "$RESOLVER_ISP" www.gd.test)" "$ADDR_WWW"
  expect "alternative 1 answers" is "$(dig_a "$RESOLVER_ALT1" www.gd.test)" "$ADDR_WWW"
  expect "the site answers at its address" is "$(http_code "http://www.gd.test/" --resolve "www.gd.test:80:$ADDR_WWW")" 200
}

# ---------------------------------------------------------------- dhcp-failed

# No DHCP answer: the PC gave itself a link-local address and has no default route.
apply_dhcp_failed() {
  ip -n "$NS_PC" addr del "$PC_IP/24" dev eth0 # takes the default route with it
  ip -n "$NS_PC" addr add "$PC_LINK_LOCAL/16" dev eth0 scope link
}
check_dhcp_failed() {
  expect "the PC has only $PC_LINK_LOCAL" \
    is "$(ip -n "$NS_PC" -4 -o addr show dev eth0 | awk '{print $4}' | tr '\n' ' ')" "$PC_LINK_LOCAL/16 "
  expect "no default route" is "$(ip -n "$NS_PC" -4 route show default)" ""
  expect "the router cannot be reached" pc_no_ping "$ROUTER_LAN_IP"
  expect "nothing beyond answers" is "$(http_code "http://$ADDR_CONTROL1/" --max-time 1)" 000
}

# ---------------------------------------------------------------- https-blocked

# Only HTTPS to shop.gd.test is dropped on the way; its plain HTTP answers with a redirect to HTTPS.
apply_https_blocked() {
  fault_rules "$NS_ROUTER" <<EOF
table inet gd_fault {
  chain forward {
    type filter hook forward priority filter - 10; policy accept;
    ip daddr $ADDR_SHOP tcp dport 443 drop
  }
}
EOF
}
check_https_blocked() {
  expect "http://shop.gd.test/ redirects to HTTPS" is "$(redirect_of "http://shop.gd.test/")" "301 https://shop.gd.test/"
  expect "https://shop.gd.test/ is silent" is "$(http_code "https://shop.gd.test/" --max-time 1 "${LAB_CA_ARGS[@]}")" 000
  expect "shop.gd.test answers ping" pc_ping "$ADDR_SHOP"
  expect "other HTTPS sites work" is "$(http_code "https://secure.gd.test/" "${LAB_CA_ARGS[@]}")" 200
}

# ---------------------------------------------------------------- proxy-refused

apply_proxy_refused() { :; } # the PC's proxy setting names a port where nothing listens
check_proxy_refused() {
  expect "the proxy refuses the connection (curl exit 7)" \
    is "$(pc_exit curl -s -o /dev/null --max-time 2 -x "http://$ADDR_PROXY:$PROXY_CLOSED_PORT" "http://www.gd.test/")" 7
  expect "direct: 200" is "$(http_code "http://www.gd.test/")" 200
}

# ---------------------------------------------------------------- site-server-error shapes

apply_site_503_retry_after() { :; }
check_site_503_retry_after() {
  local head
  head=$(pc curl -s -D - -o /dev/null --noproxy '*' --max-time 2 "http://busy.gd.test/" || true)
  expect "busy.gd.test answers 503" grep -q '^HTTP/1.1 503' <<<"$head"
  expect "with Retry-After: 120" grep -qi '^retry-after: 120' <<<"$head"
}

apply_origin_resets() { :; } # reset.gd.test's server resets every connection once the request arrived
check_origin_resets() {
  expect "curl: connection reset (exit 56)" is "$(pc_exit curl -s -o /dev/null --noproxy '*' --max-time 2 "http://reset.gd.test/")" 56
  expect "the TCP connection itself opens" \
    bash -c '[[ "$(ip netns exec "$1" curl -s -o /dev/null -w "%{time_connect}" --noproxy "*" --max-time 2 "$2")" != 0.000000 ]]' \
    _ "$NS_PC" "http://reset.gd.test/"
  expect "reset.gd.test answers ping" pc_ping "$ADDR_RESET"
}

apply_backend_hangs() { :; } # hang.gd.test: one of three backends hangs, nginx waits 2 s
check_backend_hangs() {
  local codes="" i slow=0 out
  for i in 1 2 3; do
    out=$(pc curl -s -o /dev/null -w '%{http_code} %{time_total}' --noproxy '*' --max-time 4 "http://hang.gd.test/" || true)
    codes+="${out%% *} "
    [[ "${out%% *}" == 504 && "${out##* }" > 1.9 ]] && slow=$((slow + 1))
  done
  expect "three requests: two 200, one 504 ($codes)" bash -c '[[ "$(tr " " "\n" <<<"$1" | sort | tr -d "\n")" == 200200504 ]]' _ "$codes"
  expect "the 504 came after nginx's 2 s" is "$slow" 1
}

# ---------------------------------------------------------------- cdn 520-526

# check_cdn_code <code>: cdn<code>.gd.test's edge answers <code> with its own page and a ray id.
check_cdn_code() {
  local head body
  head=$(pc curl -s -D - -o /dev/null --noproxy '*' --max-time 3 "http://cdn$1.gd.test/" || true)
  body=$(pc curl -s --noproxy '*' --max-time 3 "http://cdn$1.gd.test/" || true)
  expect "cdn$1.gd.test answers $1" grep -q "^HTTP/1.1 $1" <<<"$head"
  expect "the edge says Server: cloudflare" grep -qi '^server: cloudflare' <<<"$head"
  expect "the edge sends a cf-ray id" grep -qiE '^cf-ray: [0-9a-f]{16}-LAB' <<<"$head"
  expect "the page is the edge's ($1)" grep -q "Error code $1" <<<"$body"
}
apply_cdn_520() { :; }
check_cdn_520() { check_cdn_code 520; } # origin closes without an answer
apply_cdn_521() { :; }
check_cdn_521() { check_cdn_code 521; } # origin refuses connections
apply_cdn_522() { :; }
check_cdn_522() { check_cdn_code 522; } # connecting to the origin times out (1 s)
apply_cdn_523() { :; }
check_cdn_523() { check_cdn_code 523; } # origin unreachable (no route)
apply_cdn_524() { :; }
check_cdn_524() { check_cdn_code 524; } # origin connected but did not answer (1 s)
apply_cdn_525() { :; }
check_cdn_525() { check_cdn_code 525; } # TLS handshake with the origin failed
apply_cdn_526() { :; }
check_cdn_526() { check_cdn_code 526; } # the origin's certificate is invalid (expired)

# ---------------------------------------------------------------- dns-all-dead

# The ISP drops all DNS beyond the router: no resolver answers anything, the rest works.
apply_dns_all_dead() {
  fault_rules "$NS_ISP" <<'EOF'
table inet gd_fault {
  chain forward {
    type filter hook forward priority filter - 10; policy accept;
    iifname "cust0" meta l4proto { tcp, udp } th dport 53 drop
  }
}
EOF
}
check_dns_all_dead() {
  local st
  st=$(dig_status_all control.gd.test)
  expect "ISP resolver and both alternatives are silent, even for control.gd.test ($st)" is "$st" "none none none"
  expect "the router answers ping" pc_ping "$ROUTER_LAN_IP"
  expect "the ISP hop answers ping" pc_ping "$ISP_CUST_IP"
  expect "sites answer at their addresses" is "$(http_code "http://$ADDR_CONTROL1/")" 200
}
