#!/bin/bash
# Collect every /etc/cron.d/* file and /etc/crontab shipped by Debian 12 (bookworm) packages.
#
# Regenerate (as root on Debian 12, from the repository root):
#
#     bash scripts/corpus/fetch-debian-cron-files.sh
#
# What it does:
#   1. installs apt-file if needed and refreshes its Contents index (`apt-file update`);
#   2. lists the packages that ship /etc/cron.d/* or /etc/crontab (the components in the
#      machine's sources.list: main, plus bookworm-updates and bookworm-security);
#   3. downloads each package with `apt-get download` into a scratch directory under /tmp,
#      unpacks it with `dpkg-deb -x` and copies the cron files to
#      testdata/corpus/debian/<package>/<path as in the package>;
#   4. writes testdata/corpus/debian/SOURCES.tsv: package, version, file, licence (the licence
#      names from the package's /usr/share/doc/<package>/copyright, `Files: *` stanza first).
# Every package in Debian's main component is free software (DFSG), so its files may be
# redistributed; the licence column says under which terms.
# It is idempotent: the output directory is rebuilt from scratch on every run, downloads are
# cached in $CRONKIT_DEB_CACHE (default /tmp/cronkit-debian-debs) and reused.
# Nothing outside the output directory and /tmp is written (except apt-file's cache).
set -euo pipefail

repo_root=$(cd "$(dirname "$0")/../.." && pwd)
out="$repo_root/testdata/corpus/debian"
cache=${CRONKIT_DEB_CACHE:-/tmp/cronkit-debian-debs}
work=$(mktemp -d /tmp/cronkit-debian-extract.XXXXXX)
trap 'rm -rf "$work"' EXIT

if ! command -v apt-file >/dev/null; then
    apt-get -o DPkg::Lock::Timeout=600 install -y apt-file >/dev/null
fi
if ! ls /var/lib/apt/lists/*Contents-* >/dev/null 2>&1 || [ -n "${CRONKIT_APT_FILE_UPDATE:-}" ]; then
    apt-file update >/dev/null
fi

# apt-file prints "package: /path"; one search per pattern (it does not take alternations).
{
    apt-file search --regexp '^/etc/cron\.d/[^/]+$'
    apt-file search --regexp '^/etc/crontab$'
} | sort -u > "$work/list"
if [ ! -s "$work/list" ]; then
    echo "apt-file found no cron files: is the Contents index there (apt-file update)?" >&2
    exit 1
fi

mkdir -p "$cache"
rm -rf "$out"
mkdir -p "$out"
printf 'package\tversion\tfile\tlicence\n' > "$work/sources"

licence_of() {  # licence_of COPYRIGHT_FILE: the licence names, `Files: *` stanza first
    /usr/bin/python3 - "$1" <<'PY'
import re, sys
try:
    text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
except OSError:
    print("unknown (no copyright file)"); sys.exit()
if "Format:" in text.split("\n\n", 1)[0] and "License:" in text:
    found, star = [], []
    for para in re.split(r"\n\s*\n", text):
        files = re.search(r"^Files:\s*(.*(?:\n[ \t]+.*)*)", para, re.M)
        lic = re.search(r"^License:[ \t]*(\S.*)$", para, re.M)
        if files and lic:
            name = lic.group(1).strip()
            (star if files.group(1).split()[:1] == ["*"] else found).append(name)
    names = []
    for n in star + found:
        if n not in names:
            names.append(n)
    print("; ".join(names) if names else "see copyright")
else:
    # Free-form copyright file: name the licences it mentions.
    known = [("GNU General Public License", "GPL"), ("GPL", "GPL"), ("Lesser General Public", "LGPL"),
             ("Artistic", "Artistic"), ("BSD", "BSD"), ("MIT", "MIT"), ("Apache", "Apache"),
             ("public domain", "public-domain"), ("ISC", "ISC"),
             ("Open Software License", "OSL"), ("Redistribution and use", "BSD-like")]
    names = []
    for needle, name in known:
        if re.search(r"\b" + re.escape(needle) + r"\b", text, re.I) and name not in names:
            names.append(name)
    print("free-form: " + (", ".join(names) if names else "see copyright"))
PY
}

for pkg in $(cut -d: -f1 "$work/list" | sort -u); do
    deb=$(ls "$cache"/"${pkg}"_*.deb 2>/dev/null | head -n1 || true)
    if [ -z "$deb" ]; then
        (cd "$cache" && apt-get download "$pkg" >/dev/null 2>&1) || { echo "skip $pkg: download failed" >&2; continue; }
        deb=$(ls "$cache"/"${pkg}"_*.deb | head -n1)
    fi
    version=$(dpkg-deb -f "$deb" Version)
    dest="$work/x/$pkg"
    mkdir -p "$dest"
    dpkg-deb -x "$deb" "$dest"
    copyright="$dest/usr/share/doc/$pkg/copyright"
    if [ -L "$dest/usr/share/doc/$pkg" ] || [ ! -e "$copyright" ]; then
        # The doc directory is a symlink to another package's: read it from that package.
        target=$(readlink "$dest/usr/share/doc/$pkg" || true)
        if [ -n "$target" ]; then
            other=$(basename "$target")
            odeb=$(ls "$cache"/"${other}"_*.deb 2>/dev/null | head -n1 || true)
            [ -n "$odeb" ] || { (cd "$cache" && apt-get download "$other" >/dev/null 2>&1) || true; odeb=$(ls "$cache"/"${other}"_*.deb 2>/dev/null | head -n1 || true); }
            if [ -n "$odeb" ]; then
                mkdir -p "$work/x/$other.doc" && dpkg-deb -x "$odeb" "$work/x/$other.doc"
                copyright="$work/x/$other.doc/usr/share/doc/$other/copyright"
            fi
        fi
    fi
    licence=$(licence_of "$copyright")
    grep "^$pkg: " "$work/list" | sed 's/^[^:]*: //' | while read -r path; do
        src="$dest$path"
        [ -f "$src" ] || { echo "skip $pkg $path: not a regular file in the package" >&2; continue; }
        mkdir -p "$out/$pkg/$(dirname "${path#/}")"
        cp "$src" "$out/$pkg/${path#/}"
        printf '%s\t%s\t%s\t%s\n' "$pkg" "$version" "${path#/}" "$licence" >> "$work/sources"
    done
    rm -rf "$dest"
done

{ head -n1 "$work/sources"; tail -n +2 "$work/sources" | sort; } > "$out/SOURCES.tsv"
echo "$(($(wc -l < "$out/SOURCES.tsv") - 1)) files from $(tail -n +2 "$out/SOURCES.tsv" | cut -f1 | sort -u | wc -l) packages in $out"
