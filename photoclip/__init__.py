"""photoclip: a private, local photo-library organizer with CLIP search, auto-tagging and duplicate finding."""

__version__ = "0.1.0"
