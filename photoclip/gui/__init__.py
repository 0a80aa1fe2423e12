"""The Qt desktop app over photoclip.core (the only package that imports Qt)."""
