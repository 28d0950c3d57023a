#!/usr/bin/python3
"""Generate lib/lint/data/debian_command_locations.tsv from Debian 12's Contents index.

Regenerate (on Debian 12, from the repository root):

    apt-get install -y apt-file && apt-file update
    /usr/bin/python3 scripts/data/gen-command-locations.py

The script reads the main component's Contents-amd64 and Contents-all indexes of bookworm and
bookworm-updates that `apt-file update` leaves in /var/lib/apt/lists (any compression apt
knows; pass other files with --contents FILE ...) and writes one line per command name:

    name <TAB> location <TAB> packages

location is `bin` when some package installs the name in /usr/bin or /bin (on cron's default
PATH=/usr/bin:/bin, so a job finds it by its bare name once the package is installed), and
`sbin` when packages install it only in /usr/sbin or /sbin (NOT on cron's default PATH: a job
that calls it by its bare name fails with "command not found" unless the crontab sets PATH), and
`games` when only in /usr/games (fortune, cowsay: not on cron's default PATH either).
packages lists the packages (comma-separated, sorted) that install it there.

A few commands are not files in any package but links that maintainer scripts register with
update-alternatives (awk, mail, nc, iptables, ...); the Contents index cannot see them, so the
script adds them from the short hand-kept list ALTERNATIVES below (marked `(alternative)`).
Only main is read: contrib and non-free (zfsutils-linux's zpool, for example) are not in the
table. The output is sorted by name (byte order) and is the same for the same input.
"""
import argparse
import glob
import os
import subprocess
import sys

# name -> (location, packages that register it with update-alternatives). Each entry was read
# from the package's maintainer scripts (postinst: update-alternatives --install LINK NAME ...)
# in Debian 12; they are added only when no package ships a file of that name.
ALTERNATIVES = {
    "awk": ("bin", ["mawk", "gawk", "original-awk"]),        # mawk/gawk postinst: /usr/bin/awk
    "nawk": ("bin", ["mawk", "gawk", "original-awk"]),       # slave link of awk
    "which": ("bin", ["debianutils"]),                        # debianutils 5: which.debianutils
    "mailx": ("bin", ["bsd-mailx", "mailutils"]),            # /usr/bin/mailx alternative
    "mail": ("bin", ["bsd-mailx", "mailutils"]),             # slave link of mailx
    "nc": ("bin", ["netcat-openbsd", "netcat-traditional"]),  # /bin/nc alternative
    "netcat": ("bin", ["netcat-openbsd", "netcat-traditional"]),
    "vi": ("bin", ["vim", "vim-tiny", "nvi", "neovim"]),     # /usr/bin/vi alternative
    "view": ("bin", ["vim", "vim-tiny", "nvi", "neovim"]),
    "ex": ("bin", ["vim", "vim-tiny", "nvi", "neovim"]),
    "editor": ("bin", ["nano", "vim", "vim-tiny", "nvi"]),   # /usr/bin/editor alternative
    "pager": ("bin", ["less", "util-linux"]),                 # /usr/bin/pager alternative
    "php": ("bin", ["php8.2-cli"]),                           # /usr/bin/php alternative
    "phar": ("bin", ["php8.2-cli"]),
    "java": ("bin", ["openjdk-17-jre-headless"]),             # /usr/bin/java alternative
    "keytool": ("bin", ["openjdk-17-jre-headless"]),
    "javac": ("bin", ["openjdk-17-jdk-headless"]),
    "rename": ("bin", ["rename"]),                            # file-rename alternative
    "cc": ("bin", ["gcc"]),
    "c89": ("bin", ["gcc"]),
    "c99": ("bin", ["gcc"]),
    "c++": ("bin", ["g++"]),
    "iptables": ("sbin", ["iptables"]),                       # iptables-legacy / iptables-nft
    "iptables-save": ("sbin", ["iptables"]),
    "iptables-restore": ("sbin", ["iptables"]),
    "ip6tables": ("sbin", ["iptables"]),
    "ip6tables-save": ("sbin", ["iptables"]),
    "ip6tables-restore": ("sbin", ["iptables"]),
    "ebtables": ("sbin", ["iptables"]),
    "ebtables-save": ("sbin", ["iptables"]),
    "ebtables-restore": ("sbin", ["iptables"]),
    "arptables": ("sbin", ["iptables"]),
    "arptables-save": ("sbin", ["iptables"]),
    "arptables-restore": ("sbin", ["iptables"]),
}

BIN_DIRS = ("usr/bin/", "bin/")
SBIN_DIRS = ("usr/sbin/", "sbin/")
GAMES_DIRS = ("usr/games/",)


def default_contents():
    files = []
    for suite in ("bookworm", "bookworm-updates"):
        for arch in ("amd64", "all"):
            files += glob.glob(f"/var/lib/apt/lists/*_dists_{suite}_main_Contents-{arch}*")
    return sorted(f for f in files if not f.endswith(".diff_Index"))


def source_name(path):
    # ..._dists_bookworm-updates_main_Contents-amd64.lz4 -> bookworm-updates/main/Contents-amd64
    base = os.path.basename(path)
    if "_dists_" in base:
        parts = base.split("_dists_", 1)[1].split("_")
        return "/".join(parts[:-1] + [parts[-1].split(".")[0]])
    return base


def read_lines(path):
    # apt-helper cat-file decompresses whatever apt stored (lz4, gz, xz, zstd, plain).
    out = subprocess.run(["/usr/lib/apt/apt-helper", "cat-file", path],
                         check=True, stdout=subprocess.PIPE).stdout
    return out.decode("utf-8", "replace").splitlines()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--contents", nargs="*", help="Contents files (default: apt-file's cache)")
    ap.add_argument("--output", default=os.path.join(os.path.dirname(__file__), "..", "..", "lib",
                                                     "lint", "data", "debian_command_locations.tsv"))
    args = ap.parse_args()
    contents = args.contents or default_contents()
    if not contents:
        sys.exit("no Contents index found: run `apt-get install apt-file && apt-file update` first")

    bin_pkgs, sbin_pkgs, games_pkgs = {}, {}, {}
    for path in contents:
        for line in read_lines(path):
            parts = line.rsplit(None, 1)
            if len(parts) != 2:
                continue
            file, locs = parts
            if file.startswith(BIN_DIRS):
                table = bin_pkgs
            elif file.startswith(SBIN_DIRS):
                table = sbin_pkgs
            elif file.startswith(GAMES_DIRS):
                table = games_pkgs
            else:
                continue
            name = file.split("/", 2)[-1] if file.startswith("usr/") else file.split("/", 1)[1]
            if "/" in name or not name or any(c.isspace() for c in name):
                continue
            for loc in locs.split(","):
                table.setdefault(name, set()).add(loc.rsplit("/", 1)[-1])

    rows = {}
    for name, pkgs in bin_pkgs.items():
        rows[name] = ("bin", sorted(pkgs))
    for name, pkgs in sbin_pkgs.items():
        if name not in rows:
            rows[name] = ("sbin", sorted(pkgs))
    for name, pkgs in games_pkgs.items():
        if name not in rows:
            rows[name] = ("games", sorted(pkgs))
    for name, (loc, pkgs) in ALTERNATIVES.items():
        if name not in rows:
            rows[name] = (loc, [p + " (alternative)" for p in pkgs])

    header = [
        "# Where Debian 12 (bookworm, main) installs each command: generated, do not edit.",
        "# Regenerate: apt-get install -y apt-file && apt-file update &&"
        " /usr/bin/python3 scripts/data/gen-command-locations.py",
        "# Columns: name, location, packages. location `bin`: in /usr/bin or /bin, on cron's default"
        " PATH (/usr/bin:/bin);",
        "# `sbin`: only in /usr/sbin or /sbin, `games`: only in /usr/games, both NOT on cron's default PATH."
        " Only the main component;",
        "# `(alternative)`: a link"
        " that update-alternatives registers (see ALTERNATIVES in the script).",
        "# Sources: " + ", ".join(source_name(c) for c in contents),
    ]
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("\n".join(header) + "\n")
        for name in sorted(rows, key=lambda n: n.encode()):
            loc, pkgs = rows[name]
            out.write(f"{name}\t{loc}\t{','.join(pkgs)}\n")
    print(f"{len(rows)} commands ({sum(1 for r in rows.values() if r[0] == 'sbin')} sbin-only,"
          f" {sum(1 for r in rows.values() if r[0] == 'games')} games-only)"
          f" -> {os.path.normpath(args.output)}")


if __name__ == "__main__":
    main()
