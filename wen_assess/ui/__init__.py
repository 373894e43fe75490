"""The Qt desktop app. Only this package may import Qt; it shows and edits, the core decides."""
