#!/usr/bin/env bash
# EF Core migrations for every module and provider (one migration set per provider; dotnet-ef from .config/dotnet-tools.json).
#   bash host/database/migrations.sh add <Name> [provider...]   # a migration in every module whose model changed, per provider
#   bash host/database/migrations.sh script                      # host/database/scripts/<provider>/<module>.sql (idempotent but on SQLite)
#   bash host/database/migrations.sh list [provider]             # dotnet ef migrations list, per module
# Builds the host once (Release); dotnet ef then runs it with --no-build to find each module's contexts.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
modules=(Kernel Lifecycle Intake Investigation Compensation VexatiousBehaviour OmbudsmanLiaison HousingSystem Reporting Hazards)
all_providers=(Sqlite PostgreSql SqlServer)

# Design time never connects for add and script; each provider only needs a connection string it can parse.
connection() {
  case "$1" in
    Sqlite) echo "Data Source=design-time.db" ;;
    PostgreSql) echo "Host=localhost;Database=complaints" ;;
    SqlServer) echo "Server=localhost;Database=complaints;TrustServerCertificate=True" ;;
  esac
}

ef() { # ef <module> <provider> <dotnet ef args...>
  local module=$1 provider=$2; shift 2
  dotnet ef "$@" --no-build --configuration Release \
    --project "modules/$module/Complaints.$module" --startup-project host/Complaints.Host \
    --context "${module}${provider}DbContext" -- --environment=Development --Database:Provider="$provider" "--Database:ConnectionString=$(connection "$provider")"
}

dotnet tool restore >/dev/null
dotnet build host/Complaints.Host -c Release -v q -nologo >/dev/null

case "${1:-}" in
  add)
    name="${2:?usage: migrations.sh add <Name> [provider...]}"; shift 2
    providers=("$@"); [ ${#providers[@]} -gt 0 ] || providers=("${all_providers[@]}")
    for module in "${modules[@]}"; do
      for provider in "${providers[@]}"; do
        folder="modules/$module/Complaints.$module/Persistence/Migrations/$provider"
        if ef "$module" "$provider" migrations has-pending-model-changes >/dev/null 2>&1; then
          echo "== $module on $provider: no model changes"; continue
        fi
        echo "== $module on $provider: $name"
        ef "$module" "$provider" migrations add "$name" --output-dir "Persistence/Migrations/$provider"
        # Module types are internal (the architecture tests check it); dotnet ef writes public migrations.
        sed -i 's/^    public partial class /    internal partial class /' "$folder"/*_"$name".cs
      done
    done
    ;;
  script)
    for provider in "${all_providers[@]}"; do
      mkdir -p "host/database/scripts/$provider"
      for module in "${modules[@]}"; do
        out="host/database/scripts/$provider/$(echo "$module" | tr '[:upper:]' '[:lower:]').sql"
        echo "== $out"
        # EF Core cannot make idempotent scripts for SQLite: there the script runs every migration from an empty database.
        idempotent=--idempotent; [ "$provider" != Sqlite ] || idempotent=
        ef "$module" "$provider" migrations script $idempotent --output "$out" >/dev/null
      done
    done
    ;;
  list)
    providers=("${2:-Sqlite}")
    for module in "${modules[@]}"; do
      echo "== $module on ${providers[0]}"
      ef "$module" "${providers[0]}" migrations list --no-connect
    done
    ;;
  *) sed -n '2,6p' "$0" >&2; exit 2 ;;
esac
