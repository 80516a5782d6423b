#!/bin/sh
#
# Vérifie le DCO : chaque commit (hors fusions) doit porter un
# « Signed-off-by: Nom <e-mail> » de son auteur.
# Checks the DCO: every non-merge commit must carry a
# "Signed-off-by: Name <e-mail>" trailer from its author.
set -eu

usage() {
  cat <<'EOF'
Usage: sh dco-check.sh [RANGE]

  RANGE  plage git / git range, e.g. origin/main..HEAD or BASE_SHA..HEAD_SHA
         Sans RANGE / without RANGE:
           $DCO_BASE..$DCO_HEAD if DCO_BASE is set (DCO_HEAD: HEAD),
           otherwise every commit reachable from $DCO_HEAD (HEAD).

Merge commits are ignored. Author name must match exactly, e-mail
case-insensitively. Shallow clones must contain the whole range.
Exit: 0 = OK, 1 = commit(s) without a valid sign-off, 2 = usage error.
EOF
}

usage_error() {
  printf 'dco-check: %s\n\n' "$1" >&2
  usage >&2
  exit 2
}

lower() {
  printf '%s' "$1" | tr '[:upper:]' '[:lower:]'
}

case $# in
  0)
    if [ -n "${DCO_BASE:-}" ]; then
      range="$DCO_BASE..${DCO_HEAD:-HEAD}"
    else
      range=${DCO_HEAD:-HEAD}
    fi
    ;;
  1)
    case $1 in
      -h | --help) usage; exit 0 ;;
      -* | '') usage_error "argument invalide / invalid argument: '$1'" ;;
    esac
    range=$1
    ;;
  *) usage_error "trop d'arguments / too many arguments" ;;
esac

git rev-parse --git-dir >/dev/null 2>&1 ||
  usage_error "pas un dépôt git / not a git repository"

if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
  echo "dco-check: clone superficiel / shallow clone (fetch-depth: 0?)" >&2
fi

# --end-of-options: a range (or branch name) can never be read as an option.
if ! commits=$(git rev-list --no-merges --end-of-options "$range" --); then
  usage_error "plage invalide / invalid range: '$range'"
fi

format='%h%n%an%n%ae%n%s%n%(trailers:key=Signed-off-by,valueonly,unfold)'
checked=0
bad=0
foreign=0

# Prints the problem and returns 1 when commit $1 lacks the author's sign-off.
check_commit() {
  info=$(git log -1 --no-use-mailmap --no-show-signature \
    --format="$format" "$1")
  {
    IFS= read -r short
    IFS= read -r name
    IFS= read -r email
    IFS= read -r subject
    others=
    while IFS= read -r sob; do
      [ -n "$sob" ] || continue
      sob_email=${sob##*<}
      case $sob in
        *' <'*'>')
          if [ "${sob% <*}" = "$name" ] &&
            [ "$(lower "${sob_email%>}")" = "$(lower "$email")" ]; then
            return 0
          fi
          ;;
      esac
      others="$others${others:+; }$sob"
    done
  } <<EOF
$info
EOF
  printf -- '- %s %s\n' "$short" "$subject" >&2
  printf '    auteur / author: %s <%s>\n' "$name" "$email" >&2
  if [ -z "$others" ]; then
    echo '    pas de Signed-off-by / missing Signed-off-by' >&2
  else
    foreign=$((foreign + 1))
    echo '    signé par un tiers / signed off by someone else:' >&2
    printf '      %s\n' "$others" >&2
  fi
  return 1
}

for sha in $commits; do
  checked=$((checked + 1))
  check_commit "$sha" || bad=$((bad + 1))
done

if [ "$bad" -eq 0 ]; then
  printf 'DCO OK : %s commit(s) vérifié(s) / checked (%s)\n' \
    "$checked" "$range"
  exit 0
fi

{
  echo
  printf 'DCO : %s commit(s) sur %s sans Signed-off-by de leur auteur.\n' \
    "$bad" "$checked"
  printf 'DCO: %s of %s commit(s) lack a Signed-off-by from their author.\n' \
    "$bad" "$checked"
  if [ "$foreign" -gt 0 ]; then
    echo "Le Signed-off-by doit reprendre le nom et l'e-mail de l'auteur."
    echo "The Signed-off-by must match the author's name and e-mail."
  fi
  echo 'Corriger le dernier commit : git commit --amend -s --no-edit'
  echo 'Fix the last commit:         git commit --amend -s --no-edit'
  echo 'Corriger plusieurs commits : git rebase --signoff <base>'
  echo 'Fix several commits:         git rebase --signoff <base>'
  echo '(<base> : ex./e.g. origin/main ; puis/then git push --force-with-lease)'
} >&2
exit 1
