#!/usr/bin/env bash
# Debian's wapiti against the running app on loopback: over HTTP and over HTTPS (self-signed), signed out and signed
# in as a demo member, sign-out and account deletion excluded. Attack modules must find nothing; header, cookie and
# CSP findings must each be explained (scan-wapiti-explained.tsv, docs/security.md). Last line: "scan passed"/"failed".
set -uo pipefail
cd "$(dirname "$0")/.."
here="$PWD"

if ! command -v wapiti >/dev/null; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wapiti >/dev/null \
    || { echo "scan failed: could not install wapiti"; exit 1; }
fi

dll="$here/BeneluxClimate.App/bin/Debug/net10.0/BeneluxClimate.App.dll"
[ -f "$dll" ] || dotnet build BeneluxClimate.App -nologo -v quiet || { echo "scan failed: build"; exit 1; }
work=$(mktemp -d /tmp/climate-scan-XXXXXX)
reports="$here/artifacts/scan"
rm -rf "$reports"; mkdir -p "$reports"
app_pid=""
stop_app() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null; app_pid=""; }
trap 'stop_app; rm -rf "$work"' EXIT

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
  -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null || { echo "scan failed: openssl"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_app() { # scheme
  local port; port=$(free_port)
  base="$1://127.0.0.1:$port"
  rm -f "$work"/climate.db*
  (cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production HOME="$work" exec dotnet "$dll" \
    --urls "$base" "--ConnectionStrings:Climate=Data Source=$work/climate.db" --Seed:DemoData=true \
    --Mail:PickupDirectory="$work/mail" --Kestrel:Certificates:Default:Path="$work/cert.pem" \
    --Kestrel:Certificates:Default:KeyPath="$work/key.pem" > "$work/app-$1.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 120); do
    curl -ksf "$base/healthz" >/dev/null && return 0
    sleep 1
  done
  echo "scan failed: the app did not start ($1)"; tail -20 "$work/app-$1.log"; exit 1
}

scan() { # name [cookie file]
  local name=$1; shift
  local cookie=()
  [ $# -gt 0 ] && cookie=(-c "$1")
  echo "--- wapiti $name on $base"
  /usr/bin/python3 scripts/wapiti_run.py -u "$base/" --scope folder -m "xss,sql,exec,crlf,redirect,file,http_headers,cookieflags,csp" \
    "${cookie[@]}" -x "$base/Account/Logout" -x "$base/Account/Manage/DeletePersonalData"\
    -x "$base/hubs/*" -x "$base/_blazor*" -d 3 --max-links-per-page 40 --max-files-per-dir 40 --max-scan-time 150 --max-attack-time 25 \
    --flush-session --store-session "$work/session-$name" -t 10 -f json -o "$reports/$name.json" --no-bugreport \
    > "$reports/$name.log" 2>&1
  tail -3 "$reports/$name.log"
}

# wapiti's cookie module looks for "HttpOnly" case-sensitively and so misses ASP.NET Core's "httponly": check the
# flags here from the raw headers instead (every cookie HttpOnly; Secure over HTTPS).
check_cookie_flags() { # scheme
  local path headers
  for path in / /Account/Login "/culture/set?culture=nl&returnUrl=/" "/preferences/theme?mode=dark&returnUrl=/"; do
    headers=$(curl -ks -D - -o /dev/null "$base$path" | grep -i '^set-cookie:')
    if echo "$headers" | grep -iv 'httponly' | grep -q .; then
      echo "scan failed: a cookie without HttpOnly on $path"; echo "$headers"; exit 1
    fi
    if [ "$1" = https ] && echo "$headers" | grep -iv '; secure' | grep -q .; then
      echo "scan failed: a cookie without Secure over HTTPS on $path"; echo "$headers"; exit 1
    fi
  done
  echo "cookie flags checked over $1: every cookie HttpOnly$([ "$1" = https ] && echo ' and Secure')"
}

started=$(date +%s)
for scheme in http https; do
  start_app "$scheme"
  check_cookie_flags "$scheme"
  # Signed in first: the signed-out scan fills the sign-in form, and the per-IP limit then answers 429 for a minute.
  python3 scripts/wapiti_login.py "$base" "anna@demo.test" "$(grep -o 'Password = "[^"]*"' BeneluxClimate.Domain/Persistence/DemoSeeder.cs | cut -d'"' -f2)" "$work/cookies-$scheme.json" \
    || { echo "scan failed: could not sign in ($scheme)"; exit 1; }
  scan "$scheme-signed-out"
  scan "$scheme-signed-in" "$work/cookies-$scheme.json"
  stop_app
done
echo "scans took $(( $(date +%s) - started )) s; reports in $reports"

if python3 scripts/wapiti_report.py scripts/scan-wapiti-explained.tsv "$reports"/*.json; then
  echo "scan passed"
else
  echo "scan failed: findings above are not explained"
  exit 1
fi
