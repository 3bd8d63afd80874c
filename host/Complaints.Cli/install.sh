#!/usr/bin/env bash
# Installs the `complaints` command-line tool from this clone into a folder (default: ~/.local/bin) without asking any
# package registry: packs host/Complaints.Cli into a scratch folder and installs the .NET tool from that folder only.
# Usage: bash host/Complaints.Cli/install.sh [folder]      then: <folder>/complaints --help
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="${1:-$HOME/.local/bin}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v dotnet >/dev/null || { echo "The .NET SDK (10.0) is required: dotnet is not on PATH." >&2; exit 1; }

echo "== Packing host/Complaints.Cli"
dotnet pack "$here/Complaints.Cli.csproj" -c Release -o "$work/packages" --nologo -v quiet

# The package just made is the only source, so the install step reaches no registry.
cat > "$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="complaints-cli" value="$work/packages" />
  </packageSources>
</configuration>
CONFIG

echo "== Installing the tool into $target"
mkdir -p "$target"
# A reinstall replaces the old one: the version stays 0.1.0 between builds, so `dotnet tool update` would keep it.
dotnet tool uninstall --tool-path "$target" Complaints.Cli >/dev/null 2>&1 || true
dotnet tool install --tool-path "$target" --configfile "$work/nuget.config" Complaints.Cli
echo "Installed: $target/complaints"
case ":$PATH:" in
  *":$target:"*) ;;
  *) echo "Not on PATH yet: export PATH=\"$target:\$PATH\"" ;;
esac
