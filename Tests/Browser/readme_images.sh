#!/usr/bin/env bash
# Remakes the README's pictures from the committed Output/: the 2005 report as headless Chromium shows it at a
# phone's 390 px and a desktop's 1280 px (full pages), and the trade-turnover chart through rsvg-convert.
# Run after `bilat build` whenever the reports' look changes; then look at them before committing.
set -euo pipefail
cd "$(dirname "$0")/../.."
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
python3 Tests/Browser/check_pages.py --screenshots "$shots" Output/aze-pak/reports/2005.html >/dev/null
mkdir -p docs/images
cp "$shots/2005-390.png" docs/images/report-2005-390.png
cp "$shots/2005-1280.png" docs/images/report-2005-1280.png
rsvg-convert --background-color=white -o docs/images/chart-trade-turnover.png Output/aze-pak/charts/trade_turnover.svg
ls -l docs/images
