"""The embedded animatic renderer: painted backdrop with parallax, cut-out sprites,
simple character motion and a planned camera move, all on the CPU.

Planning (camera, layout, motion) is pure math; `renderer` turns it into frames.
"""

# Bump when the pictures change for the same inputs, so cached keyframes and shots re-render.
RENDERER_VERSION = "1"
