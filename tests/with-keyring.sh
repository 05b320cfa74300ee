#!/usr/bin/env bash
# Runs a command against a real Secret Service: a private D-Bus session with a fresh HOME and an
# unlocked gnome-keyring (an empty password would make the keyring ask a prompter that cannot show).
set -eu
if [ -z "${VANTAGE_IN_KEYRING:-}" ]; then
  export VANTAGE_IN_KEYRING=1
  exec dbus-run-session -- "$0" "$@"
fi
scratch=$(mktemp -d)
trap 'kill "${GNOME_KEYRING_PID:-}" 2>/dev/null || true; rm -rf "$scratch"' EXIT
export HOME=$scratch/home XDG_RUNTIME_DIR=$scratch/run XDG_DATA_HOME=$scratch/home/.local/share
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# The daemon answers before its login collection exists; a first write then fails with "Object
# does not exist" (the default alias may resolve a moment before collection/login does). Wait
# until the login collection itself can be read. On a loaded machine a daemon now and then never
# creates it, so one that has not within 20 s is replaced, up to three times.
# Asking org.freedesktop.secrets before our daemon owns the name would make D-Bus start another,
# locked one; NameHasOwner starts nothing.
keyring_ready() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
    grep -q 'boolean true' &&
  dbus-send --session --print-reply --dest=org.freedesktop.secrets \
    /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
    string:org.freedesktop.Secret.Collection string:Label >/dev/null 2>&1
}
replace=
for attempt in 1 2 3; do
  eval "$(printf 'vantage-test' | gnome-keyring-daemon $replace --daemonize --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
  for _ in $(seq 200); do
    keyring_ready && break 2
    sleep 0.1
  done
  echo "with-keyring.sh: the test keyring did not come up (attempt $attempt)" >&2
  rm -rf "$HOME/.local/share/keyrings"
  replace=--replace
done
keyring_ready || { echo "with-keyring.sh: no test keyring after three attempts" >&2; exit 1; }
"$@"
