"""The engine of photoclip: everything that works without a screen (no Qt import anywhere below here)."""
