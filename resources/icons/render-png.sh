#!/bin/sh
# Renders the committed PNG icon sizes from the SVG (needs rsvg-convert from librsvg2-bin).
# Run after editing b24-explorer.svg; the PNGs are committed so builds need no SVG renderer.
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" b24-explorer.svg -o "png/b24-explorer-$size.png"
done
