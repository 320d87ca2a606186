#!/usr/bin/env bash
# Re-renders the committed PNG sizes of the app icon from its SVG master.
# Run after editing resources/icons/app/groupdesk.svg; needs ImageMagick (or rsvg-convert).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons/app"
mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
    if command -v rsvg-convert >/dev/null; then
        rsvg-convert -w "$size" -h "$size" groupdesk.svg -o "png/groupdesk-$size.png"
    else
        # Render large, then downsample: ImageMagick's SVG reader rasterises at the density.
        convert -background none -density 216 groupdesk.svg -filter Lanczos \
            -resize "${size}x${size}" "PNG32:png/groupdesk-$size.png"
    fi
done
echo "rendered: $(find png -name '*.png' | sort | tr '\n' ' ')"
