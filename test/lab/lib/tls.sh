# shellcheck shell=bash
# The lab's certificates (sourced by lab.sh), made fresh at every `lab.sh up` under $GD_STATE/tls and
# deleted by `lab.sh down`: nothing is ever committed. A lab CA signs the healthy, the expired and the
# wrong-name certificates; the self-signed one has no issuer anyone trusts. The CLI trusts the lab CA
# through NODE_EXTRA_CA_CERTS (scenarios.json), curl through --cacert.

# tls_utc <date -d offset>: an OpenSSL date (YYYYMMDDHHMMSSZ) relative to now
tls_utc() { date -u -d "$1" +%Y%m%d%H%M%SZ; }

# tls_key_csr <dir> <file stem> <common name> [<san name>]: an EC key and a request with a DNS SAN
tls_key_csr() {
  local dir="$1" stem="$2" cn="$3" san="${4:-$3}"
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$dir/$stem.key" \
    -out "$dir/$stem.csr" -subj "/O=Gateway Doctor Lab/CN=$cn" -addext "subjectAltName=DNS:$san" 2>/dev/null
}

# tls_sign <dir> <stem> <start offset> <end offset>: the lab CA signs <stem>.csr for that period
tls_sign() {
  local dir="$1" stem="$2"
  openssl ca -batch -notext -config "$dir/ca.cnf" -cert "$dir/ca.crt" -keyfile "$dir/ca.key" \
    -in "$dir/$stem.csr" -out "$dir/$stem.crt" -startdate "$(tls_utc "$3")" -enddate "$(tls_utc "$4")" 2>/dev/null
}

# lab_make_tls <state-dir>
lab_make_tls() {
  local dir="$1/tls"
  mkdir -p "$dir/db"
  chmod 700 "$dir"
  : >"$dir/db/index.txt"
  echo 1000 >"$dir/db/serial"
  cat >"$dir/ca.cnf" <<CNF
[ ca ]
default_ca = lab
[ lab ]
database = $dir/db/index.txt
new_certs_dir = $dir/db
serial = $dir/db/serial
default_md = sha256
policy = any_name
copy_extensions = copy
unique_subject = no
[ any_name ]
commonName = supplied
CNF
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$dir/ca.key" -out "$dir/ca.crt" \
    -days 30 -subj "/O=Gateway Doctor Lab/CN=Gateway Doctor Lab CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null ||
    die "openssl could not make the lab CA"
  tls_key_csr "$dir" secure secure.gd.test && tls_sign "$dir" secure '-1 day' '+30 days' &&
    tls_key_csr "$dir" shop shop.gd.test && tls_sign "$dir" shop '-1 day' '+30 days' &&
    # expired.gd.test: was valid for 90 days, ended 10 days ago
    tls_key_csr "$dir" expired expired.gd.test && tls_sign "$dir" expired '-100 days' '-10 days' &&
    # wrongname.gd.test serves a valid certificate, but for another name
    tls_key_csr "$dir" wrongname other.gd.test && tls_sign "$dir" wrongname '-1 day' '+30 days' ||
    die "openssl could not sign the lab certificates"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$dir/selfsigned.key" \
    -out "$dir/selfsigned.crt" -days 30 -subj "/O=Gateway Doctor Lab/CN=selfsigned.gd.test" \
    -addext "subjectAltName=DNS:selfsigned.gd.test" 2>/dev/null || die "openssl could not make the self-signed certificate"
  # The CLI and curl read the CA certificate only (never a key).
  chmod 644 "$dir/ca.crt"
  chmod 711 "$dir"
}
