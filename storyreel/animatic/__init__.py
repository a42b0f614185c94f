"""The embedded animatic renderer: painted backdrop with parallax, cut-out sprites,
simple character motion and a planned camera move, all on the CPU, lit for each scene's
time of day and weather.

Planning (camera, layout, motion) is pure math; `light` (sky, grading, glows) and
`weather` (clouds, fog, rain, snow, lightning) are prepared once per scene; `renderer`
turns it all into frames.
"""

# Bump when the pictures change for the same inputs, so cached keyframes and shots re-render.
RENDERER_VERSION = "5"
