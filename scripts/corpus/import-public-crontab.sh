#!/bin/bash
# Copy one crontab from a local git mirror of a public repository into the corpus.
#
#     bash scripts/corpus/import-public-crontab.sh GITDIR OWNER/REPO PATH [DAEMON]
#
# GITDIR is a bare git directory (a mirror or `git clone --mirror` of the repository),
# PATH the file's path in the repository's HEAD commit, DAEMON which cron reads it when the
# repository says so (debian-cron, cronie, busybox-crond, supercronic, dcron, unknown).
# The file is copied byte for byte to testdata/corpus/public/<owner>__<repo>/<PATH> and a row
# (repo, commit, path, licence, daemon) is added to (or replaced in) testdata/corpus/public/SOURCES.tsv.
# COMMIT=<sha> in the environment takes the file (and the licence) from that commit instead of
# HEAD, for a file that the repository has since moved or deleted.
# The licence is read from the repository's LICENSE/COPYING file; a repository without one, or
# with a licence that does not allow redistribution, is refused (exit 3) and nothing is copied;
# so is a file whose comments cite a tracker issue by number (the repository's reference check
# rejects those, and third-party files are never edited).
set -euo pipefail
gitdir=$1 repo=$2 path=$3 daemon=${4:-unknown}
repo_root=$(cd "$(dirname "$0")/../.." && pwd)
out="$repo_root/testdata/corpus/public"
commit=$(git -C "$gitdir" rev-parse "${COMMIT:-HEAD}")

licence=""
for f in $(git -C "$gitdir" ls-tree --name-only "$commit" | grep -iE '^(licen[cs]e|copying|unlicense)(\.(md|txt|rst))?$' || true); do
    text=$(git -C "$gitdir" show "$commit:$f" | tr -s ' \n\t' '   ' | head -c 4000 || true)
    case "$text" in
        *"GNU AFFERO GENERAL PUBLIC LICENSE"*) v=$(grep -oE 'Version [0-9]' <<<"$text" | head -n1 | cut -d' ' -f2 || true); licence="AGPL-${v:-3}.0" ;;
        *"GNU LESSER GENERAL PUBLIC LICENSE"*) v=$(grep -oE 'Version [0-9.]+' <<<"$text" | head -n1 | cut -d' ' -f2 || true); licence="LGPL-${v:-3}" ;;
        *"GNU GENERAL PUBLIC LICENSE"*) v=$(grep -oE 'Version [0-9]' <<<"$text" | head -n1 | cut -d' ' -f2 || true); licence="GPL-${v:-3}.0" ;;
        *"Apache License"*) licence="Apache-2.0" ;;
        *"Mozilla Public License"*) licence="MPL-2.0" ;;
        *"Permission is hereby granted, free of charge"*) licence="MIT" ;;
        *"Redistribution and use in source and binary forms"*)
            if grep -q 'Neither the name' <<<"$text"; then licence="BSD-3-Clause"; else licence="BSD-2-Clause"; fi ;;
        *"Permission to use, copy, modify, and/or distribute"*|*"Permission to use, copy, modify, and distribute"*) licence="ISC" ;;
        *"This is free and unencumbered software released into the public domain"*) licence="Unlicense" ;;
        *"CC0 1.0 Universal"*) licence="CC0-1.0" ;;
        *"Attribution-ShareAlike 4.0 International"*) licence="CC-BY-SA-4.0" ;;
        *"DO WHAT THE FUCK YOU WANT"*) licence="WTFPL" ;;
    esac
    [ -n "$licence" ] && { licence="$licence ($f)"; break; }
done
if [ -z "$licence" ]; then
    echo "refused: $repo has no licence file that allows redistribution" >&2
    exit 3
fi

# The repository's reference check rejects any file that cites a tracker issue by number, so a
# crontab whose comments do is left out rather than edited.
if git -C "$gitdir" show "$commit:$path" | grep -q -E '[Ii]ssues? #?[0-9]|[Ii]ssue [0-9]+ is'; then
    echo "refused: $repo $path cites a tracker issue by number" >&2
    exit 3
fi

dest="$out/${repo/\//__}/$path"
mkdir -p "$(dirname "$dest")"
git -C "$gitdir" show "$commit:$path" > "$dest"
sources="$out/SOURCES.tsv"
[ -f "$sources" ] || printf 'repo\tcommit\tpath\tlicence\tdaemon\n' > "$sources"
tmp=$(mktemp)
{ head -n1 "$sources"; tail -n +2 "$sources" | awk -F'\t' -v r="$repo" -v p="$path" '!($1 == r && $3 == p)';
  printf '%s\t%s\t%s\t%s\t%s\n' "$repo" "$commit" "$path" "$licence" "$daemon"; } > "$tmp"
{ head -n1 "$tmp"; tail -n +2 "$tmp" | sort; } > "$sources"
rm -f "$tmp"
echo "$repo $path: $licence"
